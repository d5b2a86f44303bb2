package com.postpartum.backcare.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many mailed links may be asked for: per email at most {@value #PER_EMAIL} within
 * {@link #WINDOW} (her mailbox is not flooded, and a stranger cannot keep her links coming), per
 * client address at most {@value #PER_ADDRESS} (one machine cannot mail the world). Counted in
 * the database, so every instance agrees, with the address and email as the sign-in throttle
 * keeps them: SHA-256 hashes only. Every request is counted whether or not the email has an
 * account, so the limit says nothing about who has one; requests over the limit are not
 * counted (nothing is sent for them), so a flood cannot lock her out for longer than the hour.
 */
@Component
class MailedLinkRequests {

	static final Duration WINDOW = Duration.ofHours(1);

	static final int PER_EMAIL = 3;

	static final int PER_ADDRESS = 10;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MailedLinkRequests(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts this request and says true, or says false when the email or the address has had
	 * its share. Two requests at the same instant may both pass the last place: a limit of
	 * three may send four, which is harmless.
	 */
	boolean allow(MailedLinks.Purpose purpose, String clientAddress, String email) {
		Instant now = clock.instant();
		OffsetDateTime since = LoginThrottle.at(now.minus(WINDOW));
		String address = LoginThrottle.addressKey(clientAddress);
		String account = LoginThrottle.accountKey(email);
		Integer byEmail = jdbc.queryForObject("select count(*) from mailed_link_request "
				+ "where email_key = ? and purpose = ? and requested_at > ?", Integer.class, account, purpose.code,
				since);
		Integer byAddress = jdbc.queryForObject("select count(*) from mailed_link_request "
				+ "where address_key = ? and purpose = ? and requested_at > ?", Integer.class, address, purpose.code,
				since);
		if (byEmail >= PER_EMAIL || byAddress >= PER_ADDRESS) {
			return false;
		}
		jdbc.update("insert into mailed_link_request (purpose, address_key, email_key, requested_at) "
				+ "values (?, ?, ?, ?)", purpose.code, address, account, LoginThrottle.at(now));
		return true;
	}

	/** Her account is deleted: nothing of hers stays here either. */
	void forget(String email) {
		jdbc.update("delete from mailed_link_request where email_key = ?", LoginThrottle.accountKey(email));
	}

	/** Every instance may run this; deleting rows twice is harmless. */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	int removeOldRows() {
		return jdbc.update("delete from mailed_link_request where requested_at < ?", LoginThrottle.at(clock.instant().minus(WINDOW)));
	}


}
