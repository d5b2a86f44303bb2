package com.postpartum.backcare.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * "Forgot password": a mailed link, valid for {@link #LINK_LIFE} and once, lets its holder set
 * a new password (docs/architecture.md, "Forgotten passwords").
 * <p>
 * Asking for a link answers the same, in the same time, whether or not the email has an
 * account: the request thread only checks the email's form and counts the request (the same
 * statements for everyone); looking the account up, making the link and writing the letter
 * happen on the mail thread after the answer.
 */
@Service
class PasswordReset {

	static final Duration LINK_LIFE = Duration.ofMinutes(30);

	static final String LETTER = "reset";

	static final String PATH = "/reset-password";

	private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

	private final AccountRepository accounts;

	private final AccountService accountService;

	private final MailedLinks links;

	private final MailedLinkRequests requests;

	private final LoginThrottle throttle;

	private final PasswordEncoder passwords;

	private final Mailer mailer;

	private final MailSettings mail;

	private final TransactionTemplate transaction;

	PasswordReset(AccountRepository accounts, AccountService accountService, MailedLinks links,
			MailedLinkRequests requests, LoginThrottle throttle, PasswordEncoder passwords, Mailer mailer,
			MailSettings mail, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.links = links;
		this.requests = requests;
		this.throttle = throttle;
		this.passwords = passwords;
		this.mailer = mailer;
		this.mail = mail;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Mails her a link if the email has an account and neither it nor this client address
	 * has asked too often; otherwise nothing, and nobody can tell which.
	 */
	void request(String email, String clientAddress, Locale locale) {
		String address = Account.normaliseEmail(email);
		if (!requests.allow(Purpose.RESET_PASSWORD, clientAddress, address)) {
			log.info("A password reset request was over its limit: nothing sent");
			return;
		}
		mailer.sendIfAny(() -> letterFor(address, locale));
	}

	/** On the mail thread: her letter with a new link, or nothing when no account has this email. */
	private Optional<Letter> letterFor(String email, Locale locale) {
		return transaction.execute(status -> accounts.findByEmail(email).map(account -> {
			String token = links.create(account.getId(), Purpose.RESET_PASSWORD, LINK_LIFE, null);
			return Letter.of(account.getEmail(), LETTER, locale, mail.link(PATH + "?token=" + token),
					LINK_LIFE.toMinutes());
		}));
	}

	/** Whether the link can still be used, and for whom. Looking never uses it (mail scanners open links). */
	Check check(String token) {
		Lookup link = links.find(token, Purpose.RESET_PASSWORD);
		if (link.state() != State.VALID) {
			return new Check(link.state(), null);
		}
		return accounts.findById(link.accountId())
			.map(account -> new Check(State.VALID, account.getEmail()))
			.orElse(new Check(State.UNKNOWN, null));
	}

	/**
	 * Sets her new password if the link still works and the password is good enough, then
	 * ends every sign-in session of hers and forgives the wrong guesses at her account. Bad
	 * input stores nothing and leaves the link as it was. Two posts of one link at once: one
	 * sets the password, the other is told the link was used.
	 */
	Outcome reset(String token, String password, String confirmPassword) {
		Check check = check(token);
		if (check.state() != State.VALID) {
			return new Outcome(check.state(), Map.of(), null);
		}
		Map<String, String> problems = Registration.passwordProblems(password, confirmPassword, check.email());
		if (!problems.isEmpty()) {
			return new Outcome(State.VALID, problems, null);
		}
		String hash = passwords.encode(password);
		Account account = transaction.execute(status -> {
			Long accountId = links.find(token, Purpose.RESET_PASSWORD).accountId();
			if (!links.use(token, Purpose.RESET_PASSWORD)) {
				return null;
			}
			Account hers = accounts.findById(accountId).orElseThrow();
			hers.changePasswordHash(hash);
			links.dropUnused(accountId, Purpose.RESET_PASSWORD);
			links.dropUnused(accountId, Purpose.CONFIRM_EMAIL);
			return hers;
		});
		if (account == null) {
			return new Outcome(links.find(token, Purpose.RESET_PASSWORD).state(), Map.of(), null);
		}
		accountService.signOutEverywhere(account.getEmail());
		throttle.forgive(account.getEmail());
		return new Outcome(State.VALID, Map.of(), account);
	}

	/** The link's state, and her email when it can be used. */
	record Check(State state, String email) {
	}

	/**
	 * What came of setting a new password: {@code account} when it is set; else the link's
	 * state (not {@link State#VALID}: it cannot be used), or the problems with the password.
	 */
	record Outcome(State state, Map<String, String> problems, Account account) {
	}

}
