package com.postpartum.backcare.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;

/**
 * The signed-in principal's account id, readable by any feature without depending on the
 * account package (which depends on them). Handlers receive it as a {@link SignedInAccount}
 * parameter.
 */
public interface AccountHolder {

	long accountId();

	/** Whoever is signed in on this request (after Spring Security), or null for a visitor without an account. */
	static AccountHolder of(HttpServletRequest request) {
		return request.getUserPrincipal() instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof AccountHolder holder ? holder : null;
	}

	/** The account id of whoever is signed in, or null for a visitor without an account. */
	static Long idOf(AccountHolder signedIn) {
		return signedIn == null ? null : signedIn.accountId();
	}

}
