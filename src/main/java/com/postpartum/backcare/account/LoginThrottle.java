package com.postpartum.backcare.account;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one email
 * within {@link #WINDOW}, sign-in for that email is refused until the window has passed.
 * Kept per instance, in memory: behind a load balancer the limit applies per instance.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
		.expireAfterWrite(WINDOW)
		.maximumSize(100_000)
		.build();

	boolean isLocked(String email) {
		AtomicInteger count = failures.getIfPresent(key(email));
		return count != null && count.get() >= MAX_FAILURES;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		failures.get(key(event.getAuthentication().getName()), any -> new AtomicInteger()).incrementAndGet();
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		failures.invalidate(key(event.getAuthentication().getName()));
	}

	private static String key(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
