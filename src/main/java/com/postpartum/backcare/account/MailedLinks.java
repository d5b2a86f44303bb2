package com.postpartum.backcare.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mailed links: a random token sent to her by mail that lets its holder do one thing once,
 * within a while (docs/architecture.md, "Mailed links"). The token is 256 bits from
 * {@link SecureRandom}, URL-safe; only its SHA-256 hash is stored, so the table alone lets
 * nobody in. Each purpose has its own links.
 */
@Component
class MailedLinks {

	/** What a link is for; its code is what the table keeps. */
	enum Purpose {

		RESET_PASSWORD("reset-password"),

		/** Makes the address in {@code new_email} hers: the link went to that address. */
		CONFIRM_EMAIL("confirm-email");

		final String code;

		Purpose(String code) {
			this.code = code;
		}

	}

	/** Where a link stands: only a {@link #VALID} one can be used. */
	enum State {

		VALID, USED, EXPIRED, UNKNOWN

	}

	/**
	 * A link looked up by its token: where it stands, whose it is (null when unknown), and the
	 * address it confirms (email links only).
	 */
	record Lookup(State state, Long accountId, String newEmail) {

		static final Lookup UNKNOWN = new Lookup(State.UNKNOWN, null, null);

	}

	static final int TOKEN_BYTES = 32;

	/** 32 bytes in URL-safe Base64 without padding: exactly 43 of these characters. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	/** Used and expired links are kept a day, so a late click is told "used" or "expired" rather than "unknown". */
	static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MailedLinks(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new link of hers; the token returned is the only copy (it goes into the letter). */
	String create(long accountId, Purpose purpose, Duration life, String newEmail) {
		String token = newToken(random);
		Instant now = clock.instant();
		jdbc.update("insert into mailed_link (token_hash, account_id, purpose, new_email, created_at, expires_at) "
				+ "values (?, ?, ?, ?, ?, ?)", hash(token), accountId, purpose.code, newEmail, LoginThrottle.at(now),
				LoginThrottle.at(now.plus(life)));
		return token;
	}

	/** 256 random bits, URL-safe: a mailed link's token, or a calendar feed's (CalendarFeeds). */
	static String newToken(SecureRandom random) {
		byte[] bytes = new byte[TOKEN_BYTES];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a token could be one of ours: anything else is unknown without asking the database. */
	static boolean wellFormed(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	Lookup find(String token, Purpose purpose) {
		if (!wellFormed(token)) {
			return Lookup.UNKNOWN;
		}
		List<Lookup> found = jdbc.query(
				"select account_id, new_email, expires_at, used_at from mailed_link where token_hash = ? and purpose = ?",
				(rs, row) -> {
					State state = rs.getObject("used_at", OffsetDateTime.class) != null ? State.USED
							: rs.getObject("expires_at", OffsetDateTime.class).toInstant().isAfter(clock.instant())
									? State.VALID : State.EXPIRED;
					return new Lookup(state, rs.getLong("account_id"), rs.getString("new_email"));
				}, hash(token), purpose.code);
		return found.isEmpty() ? Lookup.UNKNOWN : found.get(0);
	}

	/**
	 * Marks the link used, if it still can be: true for exactly one caller, however many try at
	 * once (the database decides which update finds it unused).
	 */
	boolean use(String token, Purpose purpose) {
		if (!wellFormed(token)) {
			return false;
		}
		OffsetDateTime now = LoginThrottle.at(clock.instant());
		return jdbc.update("update mailed_link set used_at = ? where token_hash = ? and purpose = ? "
				+ "and used_at is null and expires_at > ?", now, hash(token), purpose.code, now) == 1;
	}

	/** Her other links for this purpose stop working (the one just used has done its job). */
	void dropUnused(long accountId, Purpose purpose) {
		jdbc.update("delete from mailed_link where account_id = ? and purpose = ? and used_at is null", accountId,
				purpose.code);
	}

	/** Every instance may run this; deleting rows twice is harmless. */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	int removeOldRows() {
		return jdbc.update("delete from mailed_link where expires_at < ?",
				LoginThrottle.at(clock.instant().minus(KEPT_AFTER_EXPIRY)));
	}

	static String hash(String token) {
		return LoginThrottle.sha256(token);
	}


}
