package com.postpartum.backcare.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Past sessions for tests in other packages: one day at a time cannot be reached through the pages. */
public final class PracticeSessionTestSupport {

	private PracticeSessionTestSupport() {
	}

	/** A session of the phase 2 routine on that day; finished when pain after is given. */
	public static void save(PracticeSessionRepository sessions, long accountId, LocalDate day, int painBefore,
			@Nullable Integer painAfter) {
		PracticeSession session = new PracticeSession(accountId, day, "phase-2-rebuild", 2, painBefore, morningOf(day),
				painBefore >= 8 ? List.of() : List.of("glute-bridge"));
		if (painAfter != null) {
			session.finish(painAfter, List.of("glute-bridge"), List.of(), finishedOn(day));
		}
		sessions.save(session);
	}

	/** When a session of that day started: in the morning (UTC), before a test's clock at noon. */
	public static Instant morningOf(LocalDate day) {
		return day.atTime(8, 0).toInstant(ZoneOffset.UTC);
	}

	/** When a session of that day was finished: twenty minutes after it started. */
	public static Instant finishedOn(LocalDate day) {
		return morningOf(day).plus(Duration.ofMinutes(20));
	}

}
