package com.postpartum.backcare.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import com.postpartum.backcare.web.AccountHolder;

/** The signed-in mother: her email as the user name, and her account id for ownership checks. */
class AccountPrincipal extends User implements AccountHolder {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	AccountPrincipal(Account account) {
		super(account.getEmail(), account.getPasswordHash(),
				List.of(new SimpleGrantedAuthority("ROLE_" + AccountUserDetailsService.ROLE)));
		this.accountId = account.getId();
	}

	@Override
	public long accountId() {
		return accountId;
	}

}
