package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in throttle's state lives in the database: two instances (two throttles on one
 * database, as behind the load balancer) see the same attempts, and old rows go away. So do
 * mailed links and the count of requests for them: a link is used once, whichever instance
 * the two posts reach.
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

	@Test
	void requestsForMailedLinksAreCountedAcrossInstances() {
		Instant now = Instant.now();
		MailedLinkRequests first = new MailedLinkRequests(jdbc, Clock.fixed(now, ZoneOffset.UTC));
		MailedLinkRequests second = new MailedLinkRequests(jdbc, Clock.fixed(now.plusMillis(10), ZoneOffset.UTC));
		for (int i = 0; i < MailedLinkRequests.PER_EMAIL; i++) {
			assertThat((i % 2 == 0 ? first : second).allow(MailedLinks.Purpose.RESET_PASSWORD, address + i, email))
				.isTrue();
		}
		assertThat(second.allow(MailedLinks.Purpose.RESET_PASSWORD, address + "x", email)).isFalse();
		MailedLinkRequests later = new MailedLinkRequests(jdbc,
				Clock.fixed(now.plus(MailedLinkRequests.WINDOW).plusSeconds(1), ZoneOffset.UTC));
		assertThat(later.allow(MailedLinks.Purpose.RESET_PASSWORD, address + "x", email)).isTrue();
		assertThat(later.removeOldRows()).isGreaterThanOrEqualTo(MailedLinkRequests.PER_EMAIL);
	}

	@Test
	void aMailedLinkIsStoredHashedAndUsedOnceEvenByTwoInstancesAtOnce() throws Exception {
		jdbc.update("insert into account (email, password_hash, created_at) values (?, ?, ?)", email, "$2a$10$x",
				Instant.now().atOffset(ZoneOffset.UTC));
		long accountId = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		MailedLinks links = new MailedLinks(jdbc, Clock.systemUTC());
		String token = links.create(accountId, MailedLinks.Purpose.RESET_PASSWORD, Duration.ofMinutes(30), null);
		assertThat(jdbc.queryForObject("select count(*) from mailed_link where token_hash = ?", Integer.class, token))
			.as("the token itself is never stored").isZero();
		assertThat(links.find(token, MailedLinks.Purpose.RESET_PASSWORD).state()).isEqualTo(MailedLinks.State.VALID);

		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> uses = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				MailedLinks instance = new MailedLinks(jdbc, Clock.systemUTC());
				uses.add(pool.submit(() -> {
					start.await();
					return instance.use(token, MailedLinks.Purpose.RESET_PASSWORD);
				}));
			}
			start.countDown();
			int used = 0;
			for (Future<Boolean> use : uses) {
				used += use.get() ? 1 : 0;
			}
			assertThat(used).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(links.find(token, MailedLinks.Purpose.RESET_PASSWORD).state()).isEqualTo(MailedLinks.State.USED);

		String old = links.create(accountId, MailedLinks.Purpose.RESET_PASSWORD, Duration.ofMinutes(30), null);
		MailedLinks anHourOn = new MailedLinks(jdbc, Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));
		assertThat(anHourOn.find(old, MailedLinks.Purpose.RESET_PASSWORD).state()).isEqualTo(MailedLinks.State.EXPIRED);
		assertThat(anHourOn.use(old, MailedLinks.Purpose.RESET_PASSWORD)).isFalse();
		MailedLinks twoDaysOn = new MailedLinks(jdbc, Clock.offset(Clock.systemUTC(), Duration.ofDays(2)));
		assertThat(twoDaysOn.removeOldRows()).isGreaterThanOrEqualTo(2);
		assertThat(links.find(old, MailedLinks.Purpose.RESET_PASSWORD).state()).isEqualTo(MailedLinks.State.UNKNOWN);
		jdbc.update("delete from account where id = ?", accountId);
	}

}
