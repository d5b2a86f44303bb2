package com.postpartum.backcare.practice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.postpartum.backcare.assessment.TriageRules;

/**
 * The rules over time (docs/clinical-rules.md, "Every day"), as pure functions of her
 * sessions in day order. No Spring, no database: each rule has fast tests on both sides of
 * every threshold. Windows end at her latest session, never at today, so stopping sessions
 * never hides advice.
 */
public final class ProgressRules {

	static final int PAIN_RISE = 2;

	static final int CALM_SESSIONS_TO_RESTORE = 2;

	static final int SESSIONS_FOR_NEXT_PHASE = 8;

	static final int DAYS_FOR_NEXT_PHASE = 14;

	static final int REVIEW_WEEKS = 6;

	static final int REGULAR_PER_WEEK = 2;

	static final int RISING_WINDOW_DAYS = 7;

	static final int RISING_MIN_SCORES = 3;

	static final double RISING_BY = 2.0;

	static final int HURT_SESSIONS_FOR_REVIEW = 3;

	static final int HURT_WINDOW_DAYS = 14;

	private ProgressRules() {
	}

	/**
	 * One day's session as the rules see it. {@code painAfter} is null until she finishes;
	 * {@code hurt} says she marked at least one exercise as hurting; {@code exercises} are
	 * filled only where a rule needs them (the swaps).
	 */
	public record SessionFacts(LocalDate day, int phase, int painBefore, Integer painAfter, boolean completed, boolean hurt,
			List<ExerciseDone> exercises) {

		/** Pain before of 8 or more stopped the day: no exercise, and not a missed session. */
		public boolean stoppedForPain() {
			return painBefore >= TriageRules.SEVERE_PAIN_FROM;
		}

		boolean calm() {
			return completed && painAfter != null && painAfter <= painBefore;
		}

	}

	/** One exercise of a session: done, and whether she said it hurts. */
	public record ExerciseDone(String slug, boolean done, boolean hurt) {
	}

	public enum SwapReason {

		HURT, PAIN_ROSE

	}

	/** Why a clinician review is advised; any one is enough. */
	public enum ReviewCause {

		/** Six weeks of regular sessions without pain improving. */
		REGULAR_WITHOUT_IMPROVING,
		/** Her recent pain-before scores are well above her first ones. */
		PAIN_BEFORE_RISING,
		/** "This hurts" in several sessions close together. */
		REPEATED_HURT

	}

	/**
	 * The swaps in force for her next session, and the exercises that came back after the
	 * last one. {@code active} maps each swapped-out exercise to why it was swapped.
	 */
	public record Swaps(Map<String, SwapReason> active, List<String> restored) {
	}

	/**
	 * "This hurts", or pain after 2 or more above pain before (then every exercise she did),
	 * swaps an exercise for its regression. The swap lasts until two sessions in a row with the
	 * regression done, nothing of it hurting, and pain after no higher than before; then the
	 * original comes back. When the regression was not in a session (it had none, or it was
	 * left out), the pain alone decides whether the session was calm.
	 * @param completed her completed sessions in day order, with their exercises
	 * @param regressionOf the easier version of an exercise, or null
	 */
	public static Swaps swaps(List<SessionFacts> completed, Function<String, String> regressionOf) {
		Map<String, SwapReason> active = new LinkedHashMap<>();
		Map<String, Integer> calmRuns = new LinkedHashMap<>();
		List<String> restored = new ArrayList<>();
		for (SessionFacts session : completed) {
			restored.clear();
			for (String original : List.copyOf(active.keySet())) {
				if (calmWith(session, regressionOf.apply(original))) {
					int run = calmRuns.merge(original, 1, Integer::sum);
					if (run >= CALM_SESSIONS_TO_RESTORE) {
						active.remove(original);
						calmRuns.remove(original);
						restored.add(original);
					}
				}
				else {
					calmRuns.put(original, 0);
				}
			}
			boolean painRose = session.painAfter() != null && session.painAfter() >= session.painBefore() + PAIN_RISE;
			for (ExerciseDone exercise : session.exercises()) {
				SwapReason reason = exercise.hurt() ? SwapReason.HURT
						: painRose && exercise.done() ? SwapReason.PAIN_ROSE : null;
				if (reason != null) {
					active.put(exercise.slug(), reason);
					calmRuns.put(exercise.slug(), 0);
					restored.remove(exercise.slug());
				}
			}
		}
		return new Swaps(Map.copyOf(active), List.copyOf(restored));
	}

	private static boolean calmWith(SessionFacts session, String regression) {
		if (!session.calm()) {
			return false;
		}
		return session.exercises()
			.stream()
			.filter(done -> done.slug().equals(regression))
			.allMatch(done -> done.done() && !done.hurt());
	}

	/**
	 * 8 completed sessions of the current phase over at least 14 days (first and last day
	 * included), with pain not rising (the latest pain before is no higher than the first),
	 * offer the next phase. A new intake decides.
	 */
	public static boolean offersNextPhase(List<SessionFacts> history, int currentPhase) {
		if (currentPhase >= 3) {
			return false;
		}
		List<SessionFacts> inPhase = history.stream().filter(s -> s.completed() && s.phase() == currentPhase).toList();
		if (inPhase.size() < SESSIONS_FOR_NEXT_PHASE) {
			return false;
		}
		SessionFacts first = inPhase.get(0);
		SessionFacts last = inPhase.get(inPhase.size() - 1);
		return ChronoUnit.DAYS.between(first.day(), last.day()) + 1 >= DAYS_FOR_NEXT_PHASE
				&& last.painBefore() <= first.painBefore();
	}

	/**
	 * Whichever comes first advises a clinician review: six weeks of regular sessions (at
	 * least 2 in each) without pain before improving; the mean pain before of her last 7 days
	 * 2 or more above that of her first 7 days (at least 3 scores in each, days stopped for
	 * pain included); or "this hurts" in 3 or more sessions within 14 days.
	 * @param history every session she started, in day order
	 */
	public static Set<ReviewCause> clinicianReview(List<SessionFacts> history) {
		Set<ReviewCause> causes = EnumSet.noneOf(ReviewCause.class);
		if (history.isEmpty()) {
			return causes;
		}
		if (regularWithoutImproving(history.stream().filter(SessionFacts::completed).toList())) {
			causes.add(ReviewCause.REGULAR_WITHOUT_IMPROVING);
		}
		if (painBeforeRising(history)) {
			causes.add(ReviewCause.PAIN_BEFORE_RISING);
		}
		if (repeatedHurt(history)) {
			causes.add(ReviewCause.REPEATED_HURT);
		}
		return causes;
	}

	private static boolean regularWithoutImproving(List<SessionFacts> completed) {
		if (completed.isEmpty()) {
			return false;
		}
		LocalDate start = completed.get(completed.size() - 1).day().minusWeeks(REVIEW_WEEKS).plusDays(1);
		List<List<SessionFacts>> weeks = new ArrayList<>();
		for (int w = 0; w < REVIEW_WEEKS; w++) {
			weeks.add(between(completed, start.plusWeeks(w), start.plusWeeks(w + 1)));
		}
		if (weeks.stream().anyMatch(week -> week.size() < REGULAR_PER_WEEK)) {
			return false;
		}
		return meanPainBefore(weeks.get(REVIEW_WEEKS - 1)) >= meanPainBefore(weeks.get(0));
	}

	private static boolean painBeforeRising(List<SessionFacts> history) {
		LocalDate firstDay = history.get(0).day();
		LocalDate lastDay = history.get(history.size() - 1).day();
		List<SessionFacts> first = between(history, firstDay, firstDay.plusDays(RISING_WINDOW_DAYS));
		List<SessionFacts> last = between(history, lastDay.minusDays(RISING_WINDOW_DAYS - 1), lastDay.plusDays(1));
		return first.size() >= RISING_MIN_SCORES && last.size() >= RISING_MIN_SCORES
				&& meanPainBefore(last) - meanPainBefore(first) >= RISING_BY;
	}

	private static boolean repeatedHurt(List<SessionFacts> history) {
		LocalDate lastDay = history.get(history.size() - 1).day();
		long hurtSessions = between(history, lastDay.minusDays(HURT_WINDOW_DAYS - 1), lastDay.plusDays(1)).stream()
			.filter(SessionFacts::hurt)
			.count();
		return hurtSessions >= HURT_SESSIONS_FOR_REVIEW;
	}

	/**
	 * Days in a row with a completed session, up to today (or yesterday, if today has none
	 * yet). A day stopped for pain neither counts nor breaks the run: resting was right.
	 */
	public static int streak(List<SessionFacts> history, LocalDate today) {
		Set<LocalDate> practised = new HashSet<>();
		Set<LocalDate> rested = new HashSet<>();
		for (SessionFacts s : history) {
			if (s.completed()) {
				practised.add(s.day());
			}
			else if (s.stoppedForPain()) {
				rested.add(s.day());
			}
		}
		LocalDate day = practised.contains(today) || rested.contains(today) ? today : today.minusDays(1);
		int streak = 0;
		while (practised.contains(day) || rested.contains(day)) {
			if (practised.contains(day)) {
				streak++;
			}
			day = day.minusDays(1);
		}
		return streak;
	}

	/** Completed sessions and days stopped for pain in each of the last {@code weeks} weeks (Monday to Sunday), oldest first. */
	public static List<WeekCount> sessionsPerWeek(List<SessionFacts> history, LocalDate today, int weeks) {
		LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<WeekCount> counts = new ArrayList<>();
		for (int w = weeks - 1; w >= 0; w--) {
			LocalDate monday = thisMonday.minusWeeks(w);
			List<SessionFacts> week = between(history, monday, monday.plusWeeks(1));
			counts.add(new WeekCount(monday, (int) week.stream().filter(SessionFacts::completed).count(),
					(int) week.stream().filter(s -> !s.completed() && s.stoppedForPain()).count()));
		}
		return counts;
	}

	/** Sessions in the week starting on that Monday, and days she rested because of pain. */
	public record WeekCount(LocalDate monday, int sessions, int restedForPain) {
	}

	/** Sessions from {@code from} (included) to {@code to} (excluded). */
	private static List<SessionFacts> between(List<SessionFacts> sessions, LocalDate from, LocalDate to) {
		return sessions.stream().filter(s -> !s.day().isBefore(from) && s.day().isBefore(to)).toList();
	}

	private static double meanPainBefore(List<SessionFacts> sessions) {
		return sessions.stream().mapToInt(SessionFacts::painBefore).average().orElse(0);
	}

}
