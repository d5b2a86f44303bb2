package com.postpartum.backcare;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * For page tests that build dates: the app's Clock starts at noon (UTC) on {@link #DAY} and
 * runs from there, so "today" cannot turn over between the test and the app near midnight,
 * and times stored one after another still follow each other. Tests read their dates from
 * that Clock, never from {@code LocalDate.now()}.
 * <p>
 * The context has a database of its own: the sign-in throttle and the other tests keep their
 * rows by the real clock, which this one is months away from.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:backcare-fixed-day;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(OnAFixedDay.ClockAtNoon.class)
public @interface OnAFixedDay {

	/** The day the tests run on: any day works, a fixed one makes a failure repeatable. */
	LocalDate DAY = LocalDate.of(2026, 3, 11);

	@TestConfiguration(proxyBeanMethods = false)
	class ClockAtNoon {

		@Bean
		@Primary
		Clock clockAtNoon() {
			Instant noon = DAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
			Clock system = Clock.systemUTC();
			return Clock.offset(system, Duration.between(system.instant(), noon));
		}

	}

}
