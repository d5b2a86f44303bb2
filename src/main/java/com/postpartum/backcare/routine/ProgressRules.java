package com.postpartum.backcare.routine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules over time (PRODUCT.md, journey 3), as pure functions of her completed sessions
 * in day order. No Spring, no database: each rule has fast tests.
 */
public final class ProgressRules {

	static final int PAIN_RISE = 2;

	static final int SESSIONS_FOR_NEXT_PHASE = 8;

	static final int DAYS_FOR_NEXT_PHASE = 14;

	static final int REVIEW_WEEKS = 6;

	static final int REGULAR_PER_WEEK = 2;

	private ProgressRules() {
	}

	/** What the rules need of one completed session. */
	public record Session(LocalDate day, int phase, int painBefore, int painAfter, List<Done> exercises) {
	}

	/** One exercise of a session: done, and whether she said it hurts. */
	public record Done(String slug, boolean done, boolean hurt) {
	}

	public enum SwapReason {

		HURT, PAIN_ROSE

	}

	/**
	 * Exercises to swap for their regression in the next session: any she marked "this
	 * hurts", and, when pain after was 2 or more above pain before, every one she did.
	 */
	public static Map<String, SwapReason> swapsForNextSession(List<Session> history) {
		Map<String, SwapReason> swaps = new LinkedHashMap<>();
		if (history.isEmpty()) {
			return swaps;
		}
		Session last = history.get(history.size() - 1);
		boolean painRose = last.painAfter() >= last.painBefore() + PAIN_RISE;
		for (Done exercise : last.exercises()) {
			if (exercise.hurt()) {
				swaps.put(exercise.slug(), SwapReason.HURT);
			}
			else if (painRose && exercise.done()) {
				swaps.put(exercise.slug(), SwapReason.PAIN_ROSE);
			}
		}
		return swaps;
	}

	/**
	 * 8 sessions of the current phase over at least 2 weeks, with pain not rising (the latest
	 * pain before is no higher than the first), offer the next phase. A new intake decides.
	 */
	public static boolean offersNextPhase(List<Session> history, int currentPhase) {
		if (currentPhase >= 3) {
			return false;
		}
		List<Session> inPhase = history.stream().filter(s -> s.phase() == currentPhase).toList();
		if (inPhase.size() < SESSIONS_FOR_NEXT_PHASE) {
			return false;
		}
		Session first = inPhase.get(0);
		Session last = inPhase.get(inPhase.size() - 1);
		return ChronoUnit.DAYS.between(first.day(), last.day()) >= DAYS_FOR_NEXT_PHASE
				&& last.painBefore() <= first.painBefore();
	}

	/**
	 * Six weeks of regular sessions (at least 2 in each of the last 6 weeks) without pain
	 * improving (the last week's average pain before is no lower than the first week's)
	 * advise a clinician review.
	 */
	public static boolean advisesClinicianReview(List<Session> history, LocalDate today) {
		LocalDate start = today.minusWeeks(REVIEW_WEEKS).plusDays(1);
		List<List<Session>> weeks = new ArrayList<>();
		for (int w = 0; w < REVIEW_WEEKS; w++) {
			LocalDate from = start.plusWeeks(w);
			LocalDate to = from.plusWeeks(1);
			weeks.add(history.stream().filter(s -> !s.day().isBefore(from) && s.day().isBefore(to)).toList());
		}
		if (weeks.stream().anyMatch(week -> week.size() < REGULAR_PER_WEEK)) {
			return false;
		}
		return averagePainBefore(weeks.get(REVIEW_WEEKS - 1)) >= averagePainBefore(weeks.get(0));
	}

	/** Days in a row with a session, up to today (or yesterday, if today has none yet). */
	public static int streak(List<Session> history, LocalDate today) {
		java.util.Set<LocalDate> days = new java.util.HashSet<>();
		history.forEach(s -> days.add(s.day()));
		LocalDate day = days.contains(today) ? today : today.minusDays(1);
		int streak = 0;
		while (days.contains(day)) {
			streak++;
			day = day.minusDays(1);
		}
		return streak;
	}

	/** Sessions in each of the last {@code weeks} weeks (Monday to Sunday), oldest first. */
	public static List<WeekCount> sessionsPerWeek(List<Session> history, LocalDate today, int weeks) {
		LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<WeekCount> counts = new ArrayList<>();
		for (int w = weeks - 1; w >= 0; w--) {
			LocalDate monday = thisMonday.minusWeeks(w);
			LocalDate next = monday.plusWeeks(1);
			int count = (int) history.stream().filter(s -> !s.day().isBefore(monday) && s.day().isBefore(next)).count();
			counts.add(new WeekCount(monday, count));
		}
		return counts;
	}

	/** Sessions in the week starting on that Monday. */
	public record WeekCount(LocalDate monday, int sessions) {
	}

	private static double averagePainBefore(List<Session> sessions) {
		return sessions.stream().mapToInt(Session::painBefore).average().orElse(0);
	}

}
