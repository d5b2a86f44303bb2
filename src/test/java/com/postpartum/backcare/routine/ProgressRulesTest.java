package com.postpartum.backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.postpartum.backcare.routine.ProgressRules.Done;
import com.postpartum.backcare.routine.ProgressRules.Session;
import com.postpartum.backcare.routine.ProgressRules.SwapReason;

/** The rules over time, each on both sides of its threshold. */
class ProgressRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void anExerciseThatHurtIsSwappedNextTime() {
		List<Session> history = List.of(session(TODAY.minusDays(1), 1, 3, 3, done("bridge", false), hurt("plank")));
		assertThat(ProgressRules.swapsForNextSession(history)).containsExactly(java.util.Map.entry("plank", SwapReason.HURT));
	}

	@Test
	void painRisingByTwoSwapsEveryExerciseDone() {
		List<Session> history = List.of(session(TODAY, 1, 3, 5, done("bridge", true), done("tilt", true), done("walk", false)));
		assertThat(ProgressRules.swapsForNextSession(history)).containsOnlyKeys("bridge", "tilt")
			.containsValue(SwapReason.PAIN_ROSE);
	}

	@Test
	void painRisingByOneSwapsNothing() {
		List<Session> history = List.of(session(TODAY, 1, 3, 4, done("bridge", true)));
		assertThat(ProgressRules.swapsForNextSession(history)).isEmpty();
	}

	@Test
	void onlyTheLatestSessionDecidesTheSwaps() {
		List<Session> history = List.of(session(TODAY.minusDays(1), 1, 3, 3, hurt("plank")),
				session(TODAY, 1, 3, 3, done("plank", true)));
		assertThat(ProgressRules.swapsForNextSession(history)).isEmpty();
		assertThat(ProgressRules.swapsForNextSession(List.of())).isEmpty();
	}

	@Test
	void eightSessionsOverTwoWeeksWithPainNotRisingOfferTheNextPhase() {
		assertThat(ProgressRules.offersNextPhase(sessions(8, 1, 14, 4, 3), 1)).isTrue();
		assertThat(ProgressRules.offersNextPhase(sessions(8, 2, 14, 4, 4), 2)).as("same pain").isTrue();
	}

	@Test
	void theNextPhaseWaitsForEightSessionsTwoWeeksAndPainNotRising() {
		assertThat(ProgressRules.offersNextPhase(sessions(7, 1, 14, 4, 3), 1)).as("7 sessions").isFalse();
		assertThat(ProgressRules.offersNextPhase(sessions(8, 1, 13, 4, 3), 1)).as("13 days").isFalse();
		assertThat(ProgressRules.offersNextPhase(sessions(8, 1, 14, 3, 4), 1)).as("pain rising").isFalse();
		assertThat(ProgressRules.offersNextPhase(sessions(8, 3, 14, 4, 3), 3)).as("already phase 3").isFalse();
		assertThat(ProgressRules.offersNextPhase(sessions(8, 1, 14, 4, 3), 2)).as("other phase").isFalse();
	}

	@Test
	void sixRegularWeeksWithoutImprovementAdviseAReview() {
		assertThat(ProgressRules.advisesClinicianReview(weeksOf(6, 2, 4, 4), TODAY)).isTrue();
		assertThat(ProgressRules.advisesClinicianReview(weeksOf(6, 2, 4, 5), TODAY)).as("worse").isTrue();
	}

	@Test
	void noReviewWhenPainImprovesOrSessionsAreIrregular() {
		assertThat(ProgressRules.advisesClinicianReview(weeksOf(6, 2, 4, 3), TODAY)).as("improving").isFalse();
		assertThat(ProgressRules.advisesClinicianReview(weeksOf(6, 1, 4, 4), TODAY)).as("once a week").isFalse();
		assertThat(ProgressRules.advisesClinicianReview(weeksOf(5, 2, 4, 4), TODAY)).as("five weeks").isFalse();
	}

	@Test
	void theStreakCountsDaysInARowUpToTodayOrYesterday() {
		List<Session> days = List.of(session(TODAY.minusDays(3), 1, 3, 3), session(TODAY.minusDays(2), 1, 3, 3),
				session(TODAY.minusDays(1), 1, 3, 3));
		assertThat(ProgressRules.streak(days, TODAY)).isEqualTo(3);
		List<Session> withToday = new ArrayList<>(days);
		withToday.add(session(TODAY, 1, 3, 3));
		assertThat(ProgressRules.streak(withToday, TODAY)).isEqualTo(4);
		assertThat(ProgressRules.streak(days, TODAY.plusDays(2))).as("a missed day breaks it").isZero();
	}

	@Test
	void sessionsAreCountedPerCalendarWeek() {
		// 2026-11-22 is a Sunday: this week runs from Monday the 16th.
		List<Session> history = List.of(session(LocalDate.of(2026, 11, 15), 1, 3, 3),
				session(LocalDate.of(2026, 11, 16), 1, 3, 3), session(LocalDate.of(2026, 11, 22), 1, 3, 3));
		assertThat(ProgressRules.sessionsPerWeek(history, TODAY, 2)).extracting(ProgressRules.WeekCount::sessions)
			.containsExactly(1, 2);
	}

	/** {@code count} sessions of {@code phase} spread over {@code days} days, pain before from first to last. */
	private static List<Session> sessions(int count, int phase, int days, int firstPain, int lastPain) {
		List<Session> sessions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate day = TODAY.minusDays(days).plusDays((long) days * i / (count - 1));
			int pain = i == count - 1 ? lastPain : firstPain;
			sessions.add(session(day, phase, pain, pain));
		}
		return sessions;
	}

	/** {@code perWeek} sessions in each of the last {@code weeks} weeks, pain before first week → last week. */
	private static List<Session> weeksOf(int weeks, int perWeek, int firstPain, int lastPain) {
		List<Session> sessions = new ArrayList<>();
		LocalDate start = TODAY.minusWeeks(6).plusDays(1);
		for (int w = 6 - weeks; w < 6; w++) {
			for (int s = 0; s < perWeek; s++) {
				int pain = w == 5 ? lastPain : firstPain;
				sessions.add(session(start.plusWeeks(w).plusDays(s * 2L), 1, pain, pain));
			}
		}
		return sessions;
	}

	private static Session session(LocalDate day, int phase, int before, int after, Done... exercises) {
		return new Session(day, phase, before, after, List.of(exercises));
	}

	private static Done done(String slug, boolean done) {
		return new Done(slug, done, false);
	}

	private static Done hurt(String slug) {
		return new Done(slug, true, true);
	}

}
