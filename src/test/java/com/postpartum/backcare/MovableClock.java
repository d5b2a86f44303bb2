package com.postpartum.backcare;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's Clock for tests that let time pass (a link expires, a limit's hour is over):
 * the real clock, moved on by {@link #advance}. Import {@link Config}; give the test's context
 * a database of its own, since rows written at a moved time would puzzle other tests.
 */
public final class MovableClock extends Clock {

	private volatile Duration ahead = Duration.ZERO;

	public void advance(Duration by) {
		ahead = ahead.plus(by);
	}

	@Override
	public Instant instant() {
		return Clock.systemUTC().instant().plus(ahead);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the app's clock is UTC");
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
