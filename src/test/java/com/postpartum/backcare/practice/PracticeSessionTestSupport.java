package com.postpartum.backcare.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Past sessions for tests in other packages: one day at a time cannot be reached through the pages. */
public final class PracticeSessionTestSupport {

	private PracticeSessionTestSupport() {
	}

	/** A session of the phase 2 routine on that day; finished when pain after is given. */
	public static void save(PracticeSessionRepository sessions, long accountId, LocalDate day, int painBefore,
			@Nullable Integer painAfter) {
		PracticeSession session = new PracticeSession(accountId, day, "phase-2-rebuild", 2, painBefore, Instant.now(),
				painBefore >= 8 ? List.of() : List.of("glute-bridge"));
		if (painAfter != null) {
			session.finish(painAfter, List.of("glute-bridge"), List.of(), Instant.now());
		}
		sessions.save(session);
	}

}
