package com.postpartum.backcare.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and deletes accounts. Passwords are stored only as BCrypt hashes. */
@Service
public class AccountService {

	static final String EXISTS = "register.error.exists";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final FindByIndexNameSessionRepository<? extends Session> signInSessions;

	private final Clock clock;

	private final LoginThrottle throttle;

	private final MailedLinkRequests linkRequests;

	private final MailedLinks links;

	AccountService(AccountRepository accounts, PasswordEncoder passwords,
			FindByIndexNameSessionRepository<? extends Session> signInSessions, LoginThrottle throttle,
			MailedLinkRequests linkRequests, MailedLinks links, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
		this.passwords = passwords;
		this.signInSessions = signInSessions;
		this.throttle = throttle;
		this.linkRequests = linkRequests;
		this.links = links;
	}

	/**
	 * The new account, or the problems (field → message key); nothing is stored when there are any.
	 * Not one transaction: the insert runs in its own, so that losing a race for the email (the
	 * unique index decides) is a plain "exists" answer rather than a transaction marked for
	 * rollback. The password is hashed before looking the email up, so an existing email takes
	 * as long to answer as a new one.
	 */
	public Result register(Registration registration) {
		Map<String, String> problems = registration.problems();
		if (!problems.isEmpty()) {
			return new Result(null, problems);
		}
		String email = registration.normalisedEmail();
		String hash = passwords.encode(registration.password());
		if (accounts.existsByEmail(email)) {
			return exists();
		}
		try {
			Account account = accounts.saveAndFlush(new Account(email, hash,
					Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
			return new Result(account, Map.of());
		}
		catch (DataIntegrityViolationException raced) {
			// Two registrations for one email at the same moment: the unique index decides.
			return exists();
		}
	}

	private static Result exists() {
		return new Result(null, Map.of("email", EXISTS));
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(long accountId) {
		return accounts.findById(accountId);
	}

	/**
	 * Removes every row of hers: the account, her assessments and mailed links (the foreign
	 * keys cascade), every session she is signed in with, on any device, and what the sign-in
	 * throttle and the mailed-link requests kept.
	 */
	@Transactional
	public void delete(long accountId) {
		accounts.findById(accountId).ifPresent(account -> {
			signOutEverywhere(account.getEmail());
			accounts.delete(account);
			throttle.forget(account.getEmail());
			linkRequests.forget(account.getEmail());
		});
	}

	/** Ends every sign-in session of hers, on every device (her password changed, or she is gone). */
	void signOutEverywhere(String email) {
		signInSessions.findByPrincipalName(email).keySet().forEach(signInSessions::deleteById);
	}

	/** Where she is signed in (her sign-in sessions), newest first, the one asking marked. */
	public List<Device> devices(Account account, String currentSessionId) {
		return signInSessions.findByPrincipalName(account.getEmail())
			.values()
			.stream()
			.map(session -> new Device(session.getCreationTime(), session.getLastAccessedTime(),
					session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(Device::signedInAt).reversed())
			.toList();
	}

	/**
	 * Her new password, when the current one is right and the new one passes the rules of
	 * registration; otherwise the problems (field → message key) and nothing is stored. A changed
	 * password signs her out on every other device and cancels a change of email not yet
	 * confirmed: whoever knew the old one is out, and cannot take her address either.
	 */
	@Transactional
	public Map<String, String> changePassword(long accountId, PasswordChange change, String currentSessionId) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (!passwords.matches(change.currentPassword() == null ? "" : change.currentPassword(),
				account.getPasswordHash())) {
			return Map.of("currentPassword", PasswordChange.WRONG_CURRENT);
		}
		Map<String, String> problems = change.newPasswordProblems(account.getEmail());
		if (problems.isEmpty()) {
			account.changePasswordHash(passwords.encode(change.newPassword()));
			signOutOthers(account, currentSessionId);
			links.dropUnused(accountId, MailedLinks.Purpose.CONFIRM_EMAIL);
		}
		return problems;
	}

	/** Signs her out of every other device: their sign-in sessions are deleted, this one stays. */
	public void signOutOthers(long accountId, String currentSessionId) {
		accounts.findById(accountId).ifPresent(account -> signOutOthers(account, currentSessionId));
	}

	private void signOutOthers(Account account, String currentSessionId) {
		signInSessions.findByPrincipalName(account.getEmail())
			.keySet()
			.stream()
			.filter(id -> !id.equals(currentSessionId))
			.forEach(signInSessions::deleteById);
	}

	/** One device she is signed in on: when she signed in there, when it was last used. */
	public record Device(Instant signedInAt, Instant lastSeenAt, boolean current) {
	}

	/** The outcome of a registration. */
	public record Result(Account account, Map<String, String> problems) {

		public boolean isCreated() {
			return account != null;
		}

	}

}
