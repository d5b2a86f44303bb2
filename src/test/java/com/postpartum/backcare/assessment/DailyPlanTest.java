package com.postpartum.backcare.assessment;

import static com.postpartum.backcare.assessment.TriageRulesTest.CATALOGUE;
import static com.postpartum.backcare.assessment.TriageRulesTest.dosage;
import static com.postpartum.backcare.assessment.TriageRulesTest.exercise;
import static com.postpartum.backcare.assessment.TriageRulesTest.healthy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.postpartum.backcare.assessment.Intake.Separation;
import com.postpartum.backcare.assessment.RulesCatalogue.ExerciseFacts;
import com.postpartum.backcare.assessment.RulesCatalogue.RoutineFacts;
import com.postpartum.backcare.assessment.TriageRules.DayPlan;
import com.postpartum.backcare.assessment.TriageRules.Outcome;
import com.postpartum.backcare.assessment.TriageRules.Substitution;
import com.postpartum.backcare.catalogue.Load;

/** The daily rules: today's pain before through the intake's own thresholds, and swaps through its own filter. */
class DailyPlanTest {

	private final TriageRules rules = MessagesFile.rules();

	/** Phase 2 at 8 weeks: breathing, march, bridge, hollow, walking; 2 sets each where the routine says 2. */
	private final Intake rebuild = healthy().weeks(8).build();

	@ParameterizedTest(name = "pain {0} → {1}")
	@CsvSource({ "0, ''", "5, ''", "6, HIGH_PAIN", "7, HIGH_PAIN", "8, SEVERE_PAIN", "10, SEVERE_PAIN" })
	void oneScaleForTheIntakeTheDayBeforeAndTheDayAfter(int pain, String flag) {
		assertThat(TriageRules.painFlag(pain).map(Enum::name).orElse("")).isEqualTo(flag);
		assertThat(rules.assess(healthy().painNow(pain).build(), CATALOGUE).hasFlag(FlagCode.SEVERE_PAIN))
			.isEqualTo(flag.equals("SEVERE_PAIN"));
	}

	@ParameterizedTest(name = "pain before {0} → session {1}, lighter {2}")
	@CsvSource({ "0, true, false", "5, true, false", "6, true, true", "7, true, true", "8, false, false",
			"10, false, false" })
	void painBeforeUsesTheIntakesThresholds(int painBefore, boolean session, boolean lighter) {
		var day = rules.planDay(rebuild, painBefore, Set.of(), CATALOGUE);
		assertThat(day.isPresent()).as("a session today").isEqualTo(session);
		day.ifPresent(d -> assertThat(d.highPain()).as("HIGH_PAIN today").isEqualTo(lighter));
	}

	@Test
	void painBeforeSixOrSevenHalvesSetsAndRemovesAdvancedMoves() {
		DayPlan calm = rules.planDay(rebuild, 3, Set.of(), CATALOGUE).orElseThrow();
		DayPlan sore = rules.planDay(rebuild, 7, Set.of(), CATALOGUE).orElseThrow();
		assertThat(planned(calm.plan(), "bridge").sets()).isEqualTo(2);
		assertThat(planned(sore.plan(), "bridge").sets()).isEqualTo(1);
		assertThat(planned(sore.plan(), "bridge").reason()).contains("Fewer sets");
		// hollow is difficulty 3: out today, its regression in its place.
		assertThat(slugs(calm)).contains("hollow");
		assertThat(slugs(sore)).doesNotContain("hollow").contains("toe-tap");
		assertThat(sore.plan().excluded()).extracting(Assessment.Exclusion::reason).contains("HIGH_PAIN");
	}

	@Test
	void aHighPainIntakeAndAHighPainDayHalveOnlyOnce() {
		Intake sixOutOfTen = healthy().painNow(6).build();
		DayPlan day = rules.planDay(sixOutOfTen, 7, Set.of(), CATALOGUE).orElseThrow();
		Assessment intake = rules.assess(sixOutOfTen, CATALOGUE);
		assertThat(planned(day.plan(), "tilt").sets()).isEqualTo(planned(intake.routine(), "tilt").sets()).isEqualTo(1);
	}

	@Test
	void anIntakeThatStopsExerciseGivesNoDayWhateverTheDaysPain() {
		Intake severe = healthy().painNow(9).build();
		assertThat(rules.planDay(severe, 0, Set.of(), CATALOGUE)).isEmpty();
	}

	@Test
	void theDayWithoutPainOrSwapsIsTheIntakesRoutine() {
		assertThat(rules.planDay(rebuild, 2, Set.of(), CATALOGUE).orElseThrow().plan())
			.isEqualTo(rules.assess(rebuild, CATALOGUE).routine());
	}

	@Test
	void aSwappedExerciseGivesWayToItsRegression() {
		DayPlan day = rules.planDay(rebuild, 3, Set.of("hollow"), CATALOGUE).orElseThrow();
		assertThat(slugs(day)).doesNotContain("hollow").contains("toe-tap");
		assertThat(day.swaps()).containsExactly(
				new Substitution("hollow", "Hollow hold", null, Outcome.REPLACED, "toe-tap", "toe-tap", null));
		assertThat(planned(day.plan(), "toe-tap").reason()).contains("in place of Hollow hold");
		assertThat(day.plan().excluded()).contains(new Assessment.Exclusion("hollow", TriageRules.SWAPPED));
	}

	@Test
	void aSwappedInExerciseGetsTheSameDosageRulesAsTheIntakes() {
		// toe-tap's own dosage is 1 set; with two sets of its own it is halved on a 6-or-7 day.
		RulesCatalogue twoSetToeTap = withExercise(new ExerciseFacts("toe-tap", "toe-tap", "Summary.",
				com.postpartum.backcare.catalogue.Category.CORE, Load.LOW, Load.LOW, false, false, 2, null,
				new RulesCatalogue.DosageFacts("toe-tap", 2, 8, 3, false, 30)));
		DayPlan sore = rules.planDay(rebuild, 6, Set.of("hollow"), twoSetToeTap).orElseThrow();
		DayPlan calm = rules.planDay(rebuild, 3, Set.of("hollow"), twoSetToeTap).orElseThrow();
		assertThat(planned(calm.plan(), "toe-tap").sets()).isEqualTo(2);
		assertThat(planned(sore.plan(), "toe-tap").sets()).isEqualTo(1);
	}

	@Test
	void aSwappedInExerciseMustPassTheSameSafetyFilter() {
		// hover passes the diastasis filter; its regression loads the tummy hard and does not.
		RulesCatalogue withHover = withExercise(exercise("hover", Load.MODERATE, Load.LOW, false, false, 2,
				"side-plank-knees"));
		withHover = TriageRulesTest.withPhase(withHover, 2,
				List.of(dosage("breathing", 1), dosage("hover", 2), dosage("walking", 1)));
		Intake diastasis = healthy().weeks(8).separation(Separation.LARGE).build();
		DayPlan day = rules.planDay(diastasis, 3, Set.of("hover"), withHover).orElseThrow();
		assertThat(slugs(day)).containsExactly("breathing", "walking");
		assertThat(day.swaps()).containsExactly(new Substitution("hover", "hover", null, Outcome.EASIER_NOT_SUITABLE,
				"side-plank-knees", "side-plank-knees", FlagCode.DIASTASIS));
	}

	@Test
	void aSwappedExerciseWithoutAnEasierVersionIsLeftOutAndSaysSo() {
		DayPlan day = rules.planDay(rebuild, 3, Set.of("walking"), CATALOGUE).orElseThrow();
		assertThat(slugs(day)).doesNotContain("walking");
		assertThat(day.swaps()).extracting(Substitution::outcome).containsExactly(Outcome.NO_EASIER_VERSION);
	}

	@Test
	void aSwapWhoseEasierVersionIsAlsoSwappedOrAlreadyInLeavesItOut() {
		DayPlan both = rules.planDay(rebuild, 3, Set.of("hollow", "toe-tap"), withToeTapInPhaseTwo()).orElseThrow();
		assertThat(both.swaps()).extracting(Substitution::slug, Substitution::outcome)
			.contains(org.assertj.core.groups.Tuple.tuple("hollow", Outcome.EASIER_ALSO_SWAPPED));
		// toe-tap comes before hollow in this routine: already in, so hollow is simply left out.
		DayPlan hollow = rules.planDay(rebuild, 3, Set.of("hollow"), withToeTapInPhaseTwo()).orElseThrow();
		assertThat(hollow.swaps()).extracting(Substitution::outcome).containsExactly(Outcome.EASIER_ALREADY_IN);
		assertThat(slugs(hollow)).containsOnlyOnce("toe-tap").doesNotContain("hollow");
	}

	@Test
	void aFilteredExerciseIsNotReportedAsASwap() {
		Intake diastasis = healthy().weeks(8).separation(Separation.LARGE).build();
		DayPlan day = rules.planDay(diastasis, 3, Set.of("hollow"), CATALOGUE).orElseThrow();
		assertThat(day.swaps()).isEmpty();
		assertThat(day.plan().excluded()).contains(new Assessment.Exclusion("hollow", "DIASTASIS"));
	}

	private static List<String> slugs(DayPlan day) {
		return TriageRulesTest.slugs(new Assessment(Level.PROCEED, List.of(), day.plan()));
	}

	private static Assessment.PlannedExercise planned(Assessment.PersonalRoutine plan, String slug) {
		return TriageRulesTest.planned(new Assessment(Level.PROCEED, List.of(), plan), slug);
	}

	private static RulesCatalogue withExercise(ExerciseFacts exercise) {
		Map<String, ExerciseFacts> exercises = new HashMap<>(CATALOGUE.exercises());
		exercises.put(exercise.slug(), exercise);
		return new RulesCatalogue(CATALOGUE.phaseRoutines(), exercises, CATALOGUE.flagTexts());
	}

	private static RulesCatalogue withToeTapInPhaseTwo() {
		Map<Integer, RoutineFacts> phases = new HashMap<>(CATALOGUE.phaseRoutines());
		phases.put(2, new RoutineFacts("phase-2", "Phase 2", 2, 4,
				List.of(dosage("breathing", 1), dosage("toe-tap", 1), dosage("hollow", 2), dosage("walking", 1))));
		return new RulesCatalogue(phases, CATALOGUE.exercises(), CATALOGUE.flagTexts());
	}

}
