package com.postpartum.backcare.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in principal's account id, readable by any feature without depending on the
 * account package (which depends on them).
 */
public interface AccountHolder {

	long accountId();

	/** The account of whoever is signed in on this request, if anyone. */
	static Optional<Long> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AccountHolder holder
				? Optional.of(holder.accountId()) : Optional.empty();
	}

}
