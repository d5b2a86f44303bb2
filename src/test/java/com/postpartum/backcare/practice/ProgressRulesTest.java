package com.postpartum.backcare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.postpartum.backcare.practice.ProgressRules.ExerciseDone;
import com.postpartum.backcare.practice.ProgressRules.ReviewCause;
import com.postpartum.backcare.practice.ProgressRules.SessionFacts;
import com.postpartum.backcare.practice.ProgressRules.SwapReason;

/** The rules over time, each on both sides of its threshold. */
class ProgressRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	/** bridge → tilt; plank → knee-plank; tilt, walk and knee-plank have no easier version. */
	static final Function<String, String> REGRESSIONS = slug -> Map.of("bridge", "tilt", "plank", "knee-plank").get(slug);

	// ---- swaps ----

	@Test
	void anExerciseThatHurtIsSwappedNextTime() {
		List<SessionFacts> history = List.of(session(TODAY.minusDays(1), 3, 3, done("bridge"), hurt("plank")));
		assertThat(swaps(history).active()).containsExactly(Map.entry("plank", SwapReason.HURT));
	}

	@Test
	void painRisingByTwoSwapsEveryExerciseDone() {
		List<SessionFacts> history = List.of(session(TODAY, 3, 5, done("bridge"), done("tilt"), skipped("walk")));
		assertThat(swaps(history).active()).containsOnlyKeys("bridge", "tilt").containsValue(SwapReason.PAIN_ROSE);
	}

	@Test
	void painRisingByOneSwapsNothing() {
		assertThat(swaps(List.of(session(TODAY, 3, 4, done("bridge")))).active()).isEmpty();
		assertThat(swaps(List.of()).active()).isEmpty();
	}

	@Test
	void aSwapLastsThroughOneCalmSessionWithTheRegression() {
		List<SessionFacts> history = List.of(session(TODAY.minusDays(2), 3, 3, hurt("bridge")),
				session(TODAY.minusDays(1), 3, 3, done("tilt")));
		ProgressRules.Swaps swaps = swaps(history);
		assertThat(swaps.active()).containsOnlyKeys("bridge");
		assertThat(swaps.restored()).isEmpty();
	}

	@Test
	void twoCalmSessionsInARowWithTheRegressionBringTheOriginalBack() {
		List<SessionFacts> history = List.of(session(TODAY.minusDays(3), 3, 3, hurt("bridge")),
				session(TODAY.minusDays(2), 3, 3, done("tilt")), session(TODAY.minusDays(1), 4, 4, done("tilt")));
		ProgressRules.Swaps swaps = swaps(history);
		assertThat(swaps.active()).isEmpty();
		assertThat(swaps.restored()).as("the page says so, once").containsExactly("bridge");
		List<SessionFacts> later = new ArrayList<>(history);
		later.add(session(TODAY, 3, 3, done("bridge")));
		assertThat(swaps(later).restored()).isEmpty();
	}

	@Test
	void aSessionWherePainRoseStartsTheCountAgain() {
		List<SessionFacts> history = List.of(session(TODAY.minusDays(4), 3, 3, hurt("bridge")),
				session(TODAY.minusDays(3), 3, 3, done("tilt")), session(TODAY.minusDays(2), 3, 4, done("tilt")),
				session(TODAY.minusDays(1), 3, 3, done("tilt")));
		assertThat(swaps(history).active()).as("calm, not calm, calm: not two in a row").containsOnlyKeys("bridge");
	}

	@Test
	void theRegressionMustBeDoneAndNotHurtForTheSessionToCount() {
		List<SessionFacts> skippedIt = List.of(session(TODAY.minusDays(3), 3, 3, hurt("bridge")),
				session(TODAY.minusDays(2), 3, 3, skipped("tilt")), session(TODAY.minusDays(1), 3, 3, done("tilt")));
		assertThat(swaps(skippedIt).active()).containsOnlyKeys("bridge");
		List<SessionFacts> itHurt = List.of(session(TODAY.minusDays(3), 3, 3, hurt("bridge")),
				session(TODAY.minusDays(2), 3, 3, hurt("tilt")), session(TODAY.minusDays(1), 3, 3, done("tilt")));
		assertThat(swaps(itHurt).active()).containsKeys("bridge", "tilt");
	}

	@Test
	void withoutAnEasierVersionTwoCalmSessionsBringItBack() {
		List<SessionFacts> history = List.of(session(TODAY.minusDays(3), 3, 3, hurt("walk")),
				session(TODAY.minusDays(2), 3, 3, done("bridge")), session(TODAY.minusDays(1), 3, 2, done("bridge")));
		assertThat(swaps(history).restored()).containsExactly("walk");
	}

	@Test
	void hurtingAgainResetsTheSwap() {
		List<SessionFacts> history = List.of(session(TODAY.minusDays(3), 3, 3, hurt("bridge")),
				session(TODAY.minusDays(2), 3, 3, done("tilt")), session(TODAY.minusDays(1), 3, 3, hurt("bridge")));
		assertThat(swaps(history).active()).containsOnlyKeys("bridge");
	}

	// ---- next phase ----

	@Test
	void eightSessionsOverFourteenDaysWithPainNotRisingOfferTheNextPhase() {
		assertThat(ProgressRules.offersNextPhase(sessions(8, 1, 14, 4, 3), 1)).isTrue();
		assertThat(ProgressRules.offersNextPhase(sessions(8, 2, 14, 4, 4), 2)).as("same pain").isTrue();
	}

	@Test
	void theNextPhaseWaitsForEightSessionsFourteenDaysAndPainNotRising() {
		assertThat(ProgressRules.offersNextPhase(sessions(7, 1, 14, 4, 3), 1)).as("7 sessions").isFalse();
		assertThat(ProgressRules.offersNextPhase(sessions(8, 1, 13, 4, 3), 1)).as("13 days").isFalse();
		assertThat(ProgressRules.offersNextPhase(sessions(8, 1, 14, 3, 4), 1)).as("pain rising").isFalse();
		assertThat(ProgressRules.offersNextPhase(sessions(8, 3, 14, 4, 3), 3)).as("already phase 3").isFalse();
		assertThat(ProgressRules.offersNextPhase(sessions(8, 1, 14, 4, 3), 2)).as("other phase").isFalse();
	}

	// ---- clinician review ----

	@Test
	void sixRegularWeeksWithoutImprovementAdviseAReview() {
		assertThat(ProgressRules.clinicianReview(weeksOf(6, 2, 4, 4))).contains(ReviewCause.REGULAR_WITHOUT_IMPROVING);
		assertThat(ProgressRules.clinicianReview(weeksOf(6, 2, 4, 5))).as("worse")
			.contains(ReviewCause.REGULAR_WITHOUT_IMPROVING);
	}

	@Test
	void noRegularReviewWhenPainImprovesOrSessionsAreIrregular() {
		assertThat(ProgressRules.clinicianReview(weeksOf(6, 2, 4, 3))).as("improving").isEmpty();
		assertThat(ProgressRules.clinicianReview(weeksOf(6, 1, 4, 4))).as("once a week").isEmpty();
		assertThat(ProgressRules.clinicianReview(weeksOf(5, 2, 4, 4))).as("five weeks").isEmpty();
	}

	@Test
	void stoppingSessionsNeverHidesTheReview() {
		List<SessionFacts> sixWeeksThenNothing = weeksOf(6, 2, 4, 4);
		// The windows end at her latest session, so weeks of silence after it change nothing.
		assertThat(ProgressRules.clinicianReview(sixWeeksThenNothing)).contains(ReviewCause.REGULAR_WITHOUT_IMPROVING);
		assertThat(ProgressRules.clinicianReview(rising(3, 3, 3, 5))).as("rising, then she stopped")
			.contains(ReviewCause.PAIN_BEFORE_RISING);
	}

	@ParameterizedTest(name = "first week {0}, last week {1} → review {2}")
	@CsvSource({ "3, 5, true", "3, 4, false", "2, 4, true", "4, 6, true", "4, 3, false" })
	void painBeforeRisingByTwoOnAverageAdvisesAReview(int firstPain, int lastPain, boolean review) {
		assertThat(ProgressRules.clinicianReview(rising(3, 3, firstPain, lastPain)).contains(ReviewCause.PAIN_BEFORE_RISING))
			.isEqualTo(review);
	}

	@Test
	void risingPainNeedsThreeScoresInEachWeek() {
		assertThat(ProgressRules.clinicianReview(rising(3, 3, 2, 6))).contains(ReviewCause.PAIN_BEFORE_RISING);
		assertThat(ProgressRules.clinicianReview(rising(2, 3, 2, 6))).as("two in the first week").isEmpty();
		assertThat(ProgressRules.clinicianReview(rising(3, 2, 2, 6))).as("two in the last week").isEmpty();
	}

	@Test
	void risingPainCountsDaysStoppedForPain() {
		List<SessionFacts> history = new ArrayList<>(rising(3, 2, 3, 4));
		history.add(new SessionFacts(TODAY, 1, 9, null, false, false, List.of()));
		// last week: 4, 4, 9 → mean 5.7, first week 3 → a rise of 2.7.
		assertThat(ProgressRules.clinicianReview(history)).contains(ReviewCause.PAIN_BEFORE_RISING);
	}

	@ParameterizedTest(name = "{0} sessions that hurt within {1} days → review {2}")
	@CsvSource({ "3, 14, true", "3, 15, false", "2, 7, false", "4, 14, true" })
	void thisHurtsOnThreeSessionsWithinFourteenDaysAdvisesAReview(int hurtSessions, int spanDays, boolean review) {
		List<SessionFacts> history = new ArrayList<>();
		LocalDate first = TODAY.minusDays(spanDays - 1L);
		for (int i = 0; i < hurtSessions; i++) {
			LocalDate day = i == hurtSessions - 1 ? TODAY : first.plusDays(i);
			history.add(session(day, 3, 3, hurt("bridge")));
		}
		history.sort(java.util.Comparator.comparing(SessionFacts::day));
		assertThat(ProgressRules.clinicianReview(history).contains(ReviewCause.REPEATED_HURT)).isEqualTo(review);
	}

	// ---- streak and weeks ----

	@Test
	void theStreakCountsDaysInARowUpToTodayOrYesterday() {
		List<SessionFacts> days = List.of(session(TODAY.minusDays(3), 3, 3), session(TODAY.minusDays(2), 3, 3),
				session(TODAY.minusDays(1), 3, 3));
		assertThat(ProgressRules.streak(days, TODAY)).isEqualTo(3);
		List<SessionFacts> withToday = new ArrayList<>(days);
		withToday.add(session(TODAY, 3, 3));
		assertThat(ProgressRules.streak(withToday, TODAY)).isEqualTo(4);
		assertThat(ProgressRules.streak(days, TODAY.plusDays(2))).as("a missed day breaks it").isZero();
	}

	@Test
	void aDayStoppedForPainIsNotAMissedDay() {
		List<SessionFacts> days = List.of(session(TODAY.minusDays(3), 3, 3), session(TODAY.minusDays(2), 3, 3),
				new SessionFacts(TODAY.minusDays(1), 1, 8, null, false, false, List.of()), session(TODAY, 3, 3));
		assertThat(ProgressRules.streak(days, TODAY)).as("rest day bridges the run, without counting").isEqualTo(3);
		List<SessionFacts> unfinished = List.of(session(TODAY.minusDays(2), 3, 3),
				new SessionFacts(TODAY.minusDays(1), 1, 7, null, false, false, List.of()), session(TODAY, 3, 3));
		assertThat(ProgressRules.streak(unfinished, TODAY)).as("an unfinished day at pain 7 is missed").isEqualTo(1);
	}

	@Test
	void sessionsAreCountedPerCalendarWeekWithRestDaysApart() {
		// 2026-11-22 is a Sunday: this week runs from Monday the 16th.
		List<SessionFacts> history = List.of(session(LocalDate.of(2026, 11, 15), 3, 3),
				session(LocalDate.of(2026, 11, 16), 3, 3),
				new SessionFacts(LocalDate.of(2026, 11, 17), 1, 9, null, false, false, List.of()),
				session(LocalDate.of(2026, 11, 22), 3, 3));
		assertThat(ProgressRules.sessionsPerWeek(history, TODAY, 2)).extracting(ProgressRules.WeekCount::sessions)
			.containsExactly(1, 2);
		assertThat(ProgressRules.sessionsPerWeek(history, TODAY, 2)).extracting(ProgressRules.WeekCount::restedForPain)
			.containsExactly(0, 1);
	}

	// ---- helpers ----

	private static ProgressRules.Swaps swaps(List<SessionFacts> history) {
		return ProgressRules.swaps(history, REGRESSIONS);
	}

	/** {@code count} sessions of {@code phase} over {@code days} days (first and last included), pain before first → last. */
	private static List<SessionFacts> sessions(int count, int phase, int days, int firstPain, int lastPain) {
		List<SessionFacts> sessions = new ArrayList<>();
		int span = days - 1;
		for (int i = 0; i < count; i++) {
			LocalDate day = TODAY.minusDays(span).plusDays((long) span * i / (count - 1));
			int pain = i == count - 1 ? lastPain : firstPain;
			sessions.add(new SessionFacts(day, phase, pain, pain, true, false, List.of()));
		}
		return sessions;
	}

	/** {@code perWeek} sessions in each of the last {@code weeks} weeks, pain before first week → last week. */
	private static List<SessionFacts> weeksOf(int weeks, int perWeek, int firstPain, int lastPain) {
		List<SessionFacts> sessions = new ArrayList<>();
		LocalDate start = TODAY.minusWeeks(6).plusDays(1);
		for (int w = 6 - weeks; w < 6; w++) {
			for (int s = 0; s < perWeek; s++) {
				int pain = w == 5 ? lastPain : firstPain;
				sessions.add(session(start.plusWeeks(w).plusDays(s * 2L), pain, pain));
			}
		}
		return sessions;
	}

	/**
	 * A first week with {@code firstScores} pain-before scores, a quiet week, and a last week
	 * with {@code lastScores}, ending yesterday; pain after equals pain before.
	 */
	private static List<SessionFacts> rising(int firstScores, int lastScores, int firstPain, int lastPain) {
		List<SessionFacts> sessions = new ArrayList<>();
		LocalDate start = TODAY.minusDays(20);
		for (int i = 0; i < firstScores; i++) {
			sessions.add(session(start.plusDays(i * 2L), firstPain, firstPain));
		}
		LocalDate lastWeek = TODAY.minusDays(6);
		for (int i = 0; i < lastScores; i++) {
			sessions.add(session(lastWeek.plusDays(i * 2L), lastPain, lastPain));
		}
		return sessions;
	}

	private static SessionFacts session(LocalDate day, int before, int after, ExerciseDone... exercises) {
		boolean hurt = java.util.Arrays.stream(exercises).anyMatch(ExerciseDone::hurt);
		return new SessionFacts(day, 1, before, after, true, hurt, List.of(exercises));
	}

	private static ExerciseDone done(String slug) {
		return new ExerciseDone(slug, true, false);
	}

	private static ExerciseDone skipped(String slug) {
		return new ExerciseDone(slug, false, false);
	}

	private static ExerciseDone hurt(String slug) {
		return new ExerciseDone(slug, true, true);
	}

}
