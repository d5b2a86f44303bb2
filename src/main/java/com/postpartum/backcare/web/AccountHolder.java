package com.postpartum.backcare.web;

/**
 * The signed-in principal's account id, readable by any feature without depending on the
 * account package (which depends on them). Handlers receive it as a {@link SignedInAccount}
 * parameter.
 */
public interface AccountHolder {

	long accountId();

	/** The account id of whoever is signed in, or null for a visitor without an account. */
	static Long idOf(AccountHolder signedIn) {
		return signedIn == null ? null : signedIn.accountId();
	}

}
