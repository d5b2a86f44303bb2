package com.postpartum.backcare.account;

import java.time.Duration;

/**
 * Whether a sign-in from this client address for this email must wait before its password is
 * even checked. The account package implements it; the security chain asks it.
 */
public interface SignInGate {

	/** {@link Duration#ZERO} when the attempt may go ahead. */
	Duration waitBefore(String clientAddress, String email);

}
