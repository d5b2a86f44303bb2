package com.postpartum.backcare.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.postpartum.backcare.web.LanguageChosen;
import com.postpartum.backcare.web.Languages;

/**
 * The language kept on her account (docs/architecture.md, "Languages"): the switch stores it while
 * she is signed in, and signing in on another device starts there in it. A choice made on this
 * device before signing in, when her account has none yet, becomes hers.
 */
@Component
class AccountLanguage {

	private final AccountRepository accounts;

	private final Languages languages;

	AccountLanguage(AccountRepository accounts, Languages languages) {
		this.accounts = accounts;
		this.languages = languages;
	}

	@EventListener
	@Transactional
	void chosen(LanguageChosen choice) {
		accounts.updateLanguage(choice.accountId(), choice.language().toLanguageTag());
	}

	@Transactional
	void signedIn(long accountId, HttpServletRequest request, HttpServletResponse response) {
		Locale stored = languages.find(accounts.findLanguageById(accountId).orElse(null));
		if (stored != null) {
			languages.setLocale(request, response, stored);
		}
		else if (languages.chosenOn(request) != null) {
			accounts.updateLanguage(accountId, languages.chosenOn(request).toLanguageTag());
		}
	}

}
