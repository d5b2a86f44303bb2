package com.postpartum.backcare.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.account.SignInGate;

/**
 * Slows down password guessing, by client address and by account together, with the state in
 * the database so that every instance sees the same attempts (docs/architecture.md,
 * "Sign-in throttle"):
 * <ul>
 * <li>per client address: {@value #FREE_PER_ADDRESS} wrong passwords within {@link #WINDOW}
 * are free, whatever the emails; after that each further attempt waits 1, 2, 4 … seconds
 * after the last failure, at most {@link #MAX_ADDRESS_WAIT};</li>
 * <li>per account (email), softer and only for addresses she has not signed in from:
 * {@value #FREE_PER_ACCOUNT} failures free, then the same growing wait, at most
 * {@link #MAX_ACCOUNT_WAIT}. A stranger's guesses therefore never pause her at her usual
 * address.</li>
 * </ul>
 * Nothing depends on whether an account exists: unknown emails are counted alike, so the
 * answers are the same. Addresses and emails are stored only as SHA-256 hashes.
 */
@Component
class LoginThrottle implements SignInGate {

	static final Duration WINDOW = Duration.ofHours(1);

	static final int FREE_PER_ADDRESS = 10;

	static final Duration MAX_ADDRESS_WAIT = Duration.ofMinutes(15);

	static final int FREE_PER_ACCOUNT = 5;

	static final Duration MAX_ACCOUNT_WAIT = Duration.ofMinutes(5);

	static final Duration KNOWN_ADDRESS_KEPT = Duration.ofDays(90);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Duration waitBefore(String clientAddress, String email) {
		Instant now = clock.instant();
		String address = addressKey(clientAddress);
		String account = accountKey(email);
		Duration wait = backoff(jdbc.queryForObject(
				"select count(*) as failures, max(failed_at) as latest from sign_in_failure "
						+ "where address_key = ? and failed_at > ?",
				Failures.MAPPER, address, at(now.minus(WINDOW))), FREE_PER_ADDRESS, MAX_ADDRESS_WAIT, now);
		if (!isKnown(account, address, now)) {
			Duration accountWait = backoff(jdbc.queryForObject(
					"select count(*) as failures, max(f.failed_at) as latest from sign_in_failure f "
							+ "where f.account_key = ? and f.failed_at > ? and not exists (select 1 from "
							+ "sign_in_known_address k where k.account_key = f.account_key "
							+ "and k.address_key = f.address_key and k.last_success_at > ?)",
					Failures.MAPPER, account, at(now.minus(WINDOW)), at(now.minus(KNOWN_ADDRESS_KEPT))),
					FREE_PER_ACCOUNT, MAX_ACCOUNT_WAIT, now);
			wait = accountWait.compareTo(wait) > 0 ? accountWait : wait;
		}
		return wait;
	}

	/** A wrong password (or an email with no account: counted the same). */
	void failed(String clientAddress, String email) {
		jdbc.update("insert into sign_in_failure (address_key, account_key, failed_at) values (?, ?, ?)",
				addressKey(clientAddress), accountKey(email), at(clock.instant()));
	}

	/** She is in: her own mistakes from here are forgiven, and this address becomes known for her. */
	void succeeded(String clientAddress, String email) {
		String address = addressKey(clientAddress);
		String account = accountKey(email);
		OffsetDateTime now = at(clock.instant());
		jdbc.update("delete from sign_in_failure where account_key = ? and address_key = ?", account, address);
		String touch = "update sign_in_known_address set last_success_at = ? where account_key = ? and address_key = ?";
		if (jdbc.update(touch, now, account, address) == 0) {
			try {
				jdbc.update("insert into sign_in_known_address (account_key, address_key, last_success_at) "
						+ "values (?, ?, ?)", account, address, now);
			}
			catch (DuplicateKeyException raced) {
				jdbc.update(touch, now, account, address);
			}
		}
	}

	/** Her account is deleted: nothing of hers stays in the throttle either. */
	void forget(String email) {
		jdbc.update("delete from sign_in_known_address where account_key = ?", accountKey(email));
		forgive(email);
	}

	/** She proved the account hers another way (a mailed link): every wrong guess at it is forgiven. */
	void forgive(String email) {
		jdbc.update("delete from sign_in_failure where account_key = ?", accountKey(email));
	}

	/** Every instance may run this; deleting rows twice is harmless. */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	int removeOldRows() {
		Instant now = clock.instant();
		return jdbc.update("delete from sign_in_failure where failed_at < ?", at(now.minus(WINDOW)))
				+ jdbc.update("delete from sign_in_known_address where last_success_at < ?",
						at(now.minus(KNOWN_ADDRESS_KEPT)));
	}

	/**
	 * A wrong password at the sign-in form. A passkey that fails carries no address and is no
	 * guess at a password: it is not counted.
	 */
	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String address = clientAddress(event);
		if (address != null) {
			failed(address, event.getAuthentication().getName());
		}
	}

	/** A password sign-in; a passkey's event carries no address, and {@link PasskeySignIn} tells this itself. */
	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String address = clientAddress(event);
		if (address != null) {
			succeeded(address, event.getAuthentication().getName());
		}
	}

	private boolean isKnown(String account, String address, Instant now) {
		Integer known = jdbc.queryForObject("select count(*) from sign_in_known_address "
				+ "where account_key = ? and address_key = ? and last_success_at > ?", Integer.class, account,
				address, at(now.minus(KNOWN_ADDRESS_KEPT)));
		return known != null && known > 0;
	}

	/** Nothing to wait below {@code free} failures; then 1, 2, 4 … seconds after the latest, up to {@code max}. */
	static Duration backoff(Failures failures, int free, Duration max, Instant now) {
		if (failures.count() < free || failures.latest() == null) {
			return Duration.ZERO;
		}
		long doublings = Math.min(failures.count() - free, 30);
		Duration delay = Duration.ofSeconds(1L << doublings);
		if (delay.compareTo(max) > 0) {
			delay = max;
		}
		Duration left = Duration.between(now, failures.latest().plus(delay));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/**
	 * The hash of the client's address; IPv6 addresses by their /64 network, which one
	 * household or phone usually holds whole.
	 */
	static String addressKey(String clientAddress) {
		String address = clientAddress == null ? "" : clientAddress.strip().toLowerCase(Locale.ROOT);
		if (address.indexOf(':') >= 0 && address.matches("[0-9a-f:.%\\[\\]a-z]+")) {
			try {
				byte[] bytes = InetAddress.getByName(address.replace("[", "").replace("]", "")).getAddress();
				if (bytes.length == 16) {
					address = HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
				}
			}
			catch (UnknownHostException | SecurityException notALiteral) {
				// keep the text as it is
			}
		}
		return sha256("address:" + address);
	}

	static String accountKey(String email) {
		return sha256("email:" + Account.normaliseEmail(email));
	}

	private static String clientAddress(AbstractAuthenticationEvent event) {
		return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Failures(long count, Instant latest) {

		static final org.springframework.jdbc.core.RowMapper<Failures> MAPPER = (rs, row) -> {
			OffsetDateTime latest = rs.getObject("latest", OffsetDateTime.class);
			return new Failures(rs.getLong("failures"), latest == null ? null : latest.toInstant());
		};

	}

}
