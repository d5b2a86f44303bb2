package com.postpartum.backcare.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs a mother in by her email (the throttle acts before, in the security chain). */
@Service
class AccountUserDetailsService implements UserDetailsService {

	static final String ROLE = "MOTHER";

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByEmail(Account.normaliseEmail(username)).orElseThrow(() -> new UsernameNotFoundException("no account"));
		return new AccountPrincipal(account);
	}

}
