package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in throttle's state lives in the database: two instances (two throttles on one
 * database, as behind the load balancer) see the same attempts, and old rows go away.
 */
abstract class ThrottleStoreContract {

	@Autowired
	JdbcTemplate jdbc;

	private final String email = "mum." + UUID.randomUUID() + "@example.com";

	private final String address = "10.55." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

	@Test
	void failuresSeenByOneInstanceCountOnTheOther() {
		Instant now = Instant.now();
		LoginThrottle first = new LoginThrottle(jdbc, Clock.fixed(now, ZoneOffset.UTC));
		LoginThrottle second = new LoginThrottle(jdbc, Clock.fixed(now.plusMillis(10), ZoneOffset.UTC));
		for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
			assertThat(second.waitBefore(address, "other." + i + email)).isZero();
			first.failed(address, "other." + i + email);
		}
		assertThat(second.waitBefore(address, email)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
		// The same address an hour later: forgotten.
		LoginThrottle later = new LoginThrottle(jdbc, Clock.fixed(now.plus(LoginThrottle.WINDOW).plusSeconds(1),
				ZoneOffset.UTC));
		assertThat(later.waitBefore(address, email)).isZero();
	}

	@Test
	void theOwnersKnownAddressIsNotPausedByGuessesAgainstHerAccount() {
		Instant now = Instant.now();
		LoginThrottle throttle = new LoginThrottle(jdbc, Clock.fixed(now, ZoneOffset.UTC));
		String home = address + "1";
		throttle.succeeded(home, email);
		throttle.succeeded(home, email);
		for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
			throttle.failed("10.66.0." + i, email);
		}
		assertThat(throttle.waitBefore("10.66.1.1", email)).isPositive();
		assertThat(throttle.waitBefore(home, email)).isZero();
		throttle.forget(email);
		assertThat(throttle.waitBefore("10.66.1.1", email)).isZero();
	}

	@Test
	void oldRowsAreRemoved() {
		Instant longAgo = Instant.now().minus(Duration.ofDays(200));
		LoginThrottle past = new LoginThrottle(jdbc, Clock.fixed(longAgo, ZoneOffset.UTC));
		past.failed(address, email);
		past.succeeded(address + "2", email);
		LoginThrottle today = new LoginThrottle(jdbc, Clock.systemUTC());
		assertThat(today.removeOldRows()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where failed_at < ?", Integer.class,
				longAgo.plusSeconds(1).atOffset(ZoneOffset.UTC))).isZero();
		assertThat(jdbc.queryForObject("select count(*) from sign_in_known_address where account_key = ?",
				Integer.class, LoginThrottle.accountKey(email))).isZero();
	}

	@Test
	void ipv6AddressesCountByTheirSlash64() {
		assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.addressKey("2001:db8:1:2::ffff"))
			.isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:3::1"));
		assertThat(LoginThrottle.addressKey("10.0.0.1")).isNotEqualTo(LoginThrottle.addressKey("10.0.0.2"));
	}

}
