package com.postpartum.backcare.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Her calendar feed's secret address (V12): a random 256-bit token, URL-safe, made as a mailed
 * link's is; only its SHA-256 is stored, so the table alone opens no feed, and the address is
 * shown to her once, when it is made. One per account: a new one replaces the row, so the old
 * address stops at once, as it does when she stops it (docs/architecture.md, "Reminders and the
 * calendar feed"). Her account's deletion deletes the row (the foreign key cascades).
 */
@Component
class CalendarFeeds {

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CalendarFeeds(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new address for her feed, the one before stopped; the token returned is the only copy. */
	String renew(long accountId) {
		String token = MailedLinks.newToken(random);
		String hash = LoginThrottle.sha256(token);
		OffsetDateTime now = LoginThrottle.at(clock.instant().truncatedTo(ChronoUnit.MICROS));
		if (replace(accountId, hash, now) == 0) {
			try {
				jdbc.update("insert into calendar_feed (account_id, token_hash, created_at) values (?, ?, ?)", accountId,
						hash, now);
			}
			catch (DuplicateKeyException raced) {
				// Two new links asked for at once: the last one written is hers.
				replace(accountId, hash, now);
			}
		}
		return token;
	}

	private int replace(long accountId, String hash, OffsetDateTime now) {
		return jdbc.update("update calendar_feed set token_hash = ?, created_at = ? where account_id = ?", hash, now,
				accountId);
	}

	/** Her feed's address stops working at once. */
	void stop(long accountId) {
		jdbc.update("delete from calendar_feed where account_id = ?", accountId);
	}

	/** Whose feed a token opens; empty for anything else, without a query when it cannot be one. */
	Optional<Long> accountOf(String token) {
		if (!MailedLinks.wellFormed(token)) {
			return Optional.empty();
		}
		List<Long> found = jdbc.queryForList("select account_id from calendar_feed where token_hash = ?", Long.class,
				LoginThrottle.sha256(token));
		return found.stream().findFirst();
	}

	/** When her current address was made; empty when she has none. */
	Optional<Instant> since(long accountId) {
		return jdbc.queryForList("select created_at from calendar_feed where account_id = ?", OffsetDateTime.class,
				accountId).stream().findFirst().map(OffsetDateTime::toInstant);
	}

}
