package com.postpartum.backcare.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * A handler parameter of type {@link AccountHolder}: whoever is signed in on this request,
 * or null for a visitor without an account (Spring Security's anonymous principal is no
 * AccountHolder).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AuthenticationPrincipal
public @interface SignedInAccount {

}
