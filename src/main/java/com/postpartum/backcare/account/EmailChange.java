package com.postpartum.backcare.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.postpartum.backcare.account.MailedLinks.Lookup;
import com.postpartum.backcare.account.MailedLinks.Purpose;
import com.postpartum.backcare.account.MailedLinks.State;
import com.postpartum.backcare.mail.Letter;
import com.postpartum.backcare.mail.MailSettings;
import com.postpartum.backcare.mail.Mailer;

/**
 * Changing her email (docs/architecture.md, "Changing her email"): asked for on her account
 * page with her current password, made only when the link mailed to the new address is used.
 * The old address is told twice: when the change is asked for (changing or resetting her
 * password then cancels it: whoever asked may not have been her) and when it is made. Until then nothing changes, so a typing
 * mistake locks nobody out.
 * <p>
 * Whether another account already has the new address is never shown when she asks (the same
 * answer, and no letter): it is checked again when the link is used, and then said.
 */
@Service
class EmailChange {

	static final Duration LINK_LIFE = Duration.ofHours(24);

	static final String CONFIRM_LETTER = "confirmEmail";

	static final String ASKED_LETTER = "emailChangeAsked";

	static final String CHANGED_LETTER = "emailChanged";

	static final String PATH = "/confirm-email";

	static final String SAME = "account.email.error.same";

	static final String LIMIT = "account.email.error.limit";

	private final AccountRepository accounts;

	private final AccountService accountService;

	private final MailedLinks links;

	private final MailedLinkRequests requests;

	private final PasswordEncoder passwords;

	private final Mailer mailer;

	private final MailSettings mail;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Passkeys passkeys;

	EmailChange(AccountRepository accounts, AccountService accountService, MailedLinks links,
			MailedLinkRequests requests, PasswordEncoder passwords, Mailer mailer, MailSettings mail,
			PlatformTransactionManager transactions, Clock clock, Passkeys passkeys) {
		this.passkeys = passkeys;
		this.accounts = accounts;
		this.accountService = accountService;
		this.links = links;
		this.requests = requests;
		this.passwords = passwords;
		this.mailer = mailer;
		this.mail = mail;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Mails a confirmation link to the new address, or returns the problems (field → message
	 * key) and sends nothing. A new request replaces her earlier links: only the latest address
	 * can become hers.
	 */
	Map<String, String> request(long accountId, String newEmail, String currentPassword, String clientAddress,
			Locale locale) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (!passwords.matches(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
			return Map.of("currentPassword", PasswordChange.WRONG_CURRENT);
		}
		if (!Registration.isEmailAddress(newEmail)) {
			return Map.of("newEmail", "register.error.email");
		}
		String address = Account.normaliseEmail(newEmail);
		if (address.equals(account.getEmail())) {
			return Map.of("newEmail", SAME);
		}
		// Counted like reset requests: her account page must not become a way to mail strangers.
		if (!requests.allow(Purpose.CONFIRM_EMAIL, clientAddress, address)) {
			return Map.of("newEmail", LIMIT);
		}
		if (!accounts.existsByEmail(address)) {
			String token = transaction.execute(status -> {
				links.dropUnused(accountId, Purpose.CONFIRM_EMAIL);
				return links.create(accountId, Purpose.CONFIRM_EMAIL, LINK_LIFE, address);
			});
			mailer.send(Letter.of(address, CONFIRM_LETTER, locale, mail.link(PATH + "?token=" + token),
					LINK_LIFE.toHours()));
			// Told at once, so that a change she did not ask for can still be stopped.
			mailer.send(Letter.of(account.getEmail(), ASKED_LETTER, locale, address,
					mail.link(AccountController.ACCOUNT_URL)));
		}
		return Map.of();
	}

	/** Whether the link can still be used, and the addresses it would swap. Looking never uses it. */
	Check check(String token) {
		Lookup link = links.find(token, Purpose.CONFIRM_EMAIL);
		if (link.state() != State.VALID) {
			return new Check(link.state(), null, null);
		}
		return accounts.findById(link.accountId())
			.map(account -> new Check(State.VALID, account.getEmail(), link.newEmail()))
			.orElse(new Check(State.UNKNOWN, null, null));
	}

	/**
	 * Makes the new address hers if the link still works and no other account took the address
	 * meanwhile; either way the link is used up. Her sign-in sessions are ended everywhere (they
	 * are filed under the old address), her passkeys follow the new address, and the old address
	 * is told.
	 */
	Outcome confirm(String token, Locale locale) {
		Check check = check(token);
		if (check.state() != State.VALID) {
			return new Outcome(check.state(), false, null, check);
		}
		Outcome outcome;
		try {
			outcome = transaction.execute(status -> {
				Lookup link = links.find(token, Purpose.CONFIRM_EMAIL);
				if (!links.use(token, Purpose.CONFIRM_EMAIL)) {
					return new Outcome(links.find(token, Purpose.CONFIRM_EMAIL).state(), false, null, check);
				}
				if (accounts.existsByEmail(link.newEmail())) {
					return new Outcome(State.VALID, true, null, check);
				}
				Account hers = accounts.findById(link.accountId()).orElseThrow();
				hers.changeEmail(link.newEmail());
				accounts.flush();
				passkeys.emailChanged(check.oldEmail(), hers.getEmail());
				links.dropUnused(hers.getId(), Purpose.CONFIRM_EMAIL);
				return new Outcome(State.VALID, false, hers, check);
			});
		}
		catch (DataIntegrityViolationException raced) {
			// Another account took the address at the same moment (the unique index decided):
			// nothing changed, and the link is used up as it would have been.
			links.use(token, Purpose.CONFIRM_EMAIL);
			return new Outcome(State.VALID, true, null, check);
		}
		if (outcome.account() != null) {
			accountService.signOutEverywhere(check.oldEmail());
			mailer.send(Letter.of(check.oldEmail(), CHANGED_LETTER, locale, outcome.account().getEmail(),
					clock.instant()));
		}
		return outcome;
	}

	/** The link's state and, when it can be used, her address now and the one it confirms. */
	record Check(State state, String oldEmail, String newEmail) {
	}

	/**
	 * What came of using the link: {@code account} when her email is changed; {@code taken} when
	 * another account has the address; else the link's state (it cannot be used). {@code link}:
	 * the addresses as they were before.
	 */
	record Outcome(State state, boolean taken, Account account, Check link) {
	}

}
