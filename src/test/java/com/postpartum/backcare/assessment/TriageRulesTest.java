package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.postpartum.backcare.assessment.Assessment.Exclusion;
import com.postpartum.backcare.assessment.Assessment.PlannedExercise;
import com.postpartum.backcare.assessment.Intake.Clearance;
import com.postpartum.backcare.assessment.Intake.Delivery;
import com.postpartum.backcare.assessment.Intake.Leakage;
import com.postpartum.backcare.assessment.Intake.PainArea;
import com.postpartum.backcare.assessment.Intake.PainTrend;
import com.postpartum.backcare.assessment.Intake.Separation;
import com.postpartum.backcare.assessment.RulesCatalogue.DosageFacts;
import com.postpartum.backcare.assessment.RulesCatalogue.ExerciseFacts;
import com.postpartum.backcare.assessment.RulesCatalogue.FlagText;
import com.postpartum.backcare.assessment.RulesCatalogue.RoutineFacts;
import com.postpartum.backcare.catalogue.Category;
import com.postpartum.backcare.catalogue.Load;

/** docs/clinical-rules.md rule by rule, each threshold on both sides, on a small catalogue built here. */
class TriageRulesTest {

	private final TriageRules rules = MessagesFile.rules();

	// ---- red flags and levels ----

	@ParameterizedTest
	@MethodSource("redFlagQuestions")
	void eachRedFlagQuestionAloneSetsItsLevelAndRemovesTheRoutine(FlagCode code) {
		Assessment result = rules.assess(healthy().redFlags(EnumSet.of(code)).build(), CATALOGUE);
		assertThat(result.level()).isEqualTo(code.level());
		assertThat(result.routine()).isNull();
		assertThat(result.flags()).extracting(Assessment.Flag::code).containsExactly(code);
		assertThat(result.flags().get(0).title()).isEqualTo("title of " + code);
		assertThat(result.flags().get(0).advice()).isEqualTo("advice for " + code);
	}

	static List<FlagCode> redFlagQuestions() {
		assertThat(FlagCode.questions()).hasSize(17);
		return FlagCode.questions();
	}

	@Test
	void theHealthyBaselineProceedsWithoutFlags() {
		Assessment result = rules.assess(healthy().build(), CATALOGUE);
		assertThat(result.level()).isEqualTo(Level.PROCEED);
		assertThat(result.flags()).isEmpty();
		assertThat(result.routine().phase()).isEqualTo(3);
	}

	@Test
	void worseningLeakageIsAnEmergency() {
		assertLevel(healthy().leakage(Leakage.WORSENING), Level.EMERGENCY, FlagCode.WORSENING_INCONTINENCE);
	}

	@Test
	void stableLeakageIsOnlyAdvice() {
		assertLevel(healthy().leakage(Leakage.STABLE), Level.PROCEED, FlagCode.PELVIC_FLOOR_SYMPTOMS);
	}

	@Test
	void pelvicHeavinessIsOnlyAdvice() {
		assertLevel(healthy().pelvicHeaviness(true), Level.PROCEED, FlagCode.PELVIC_FLOOR_SYMPTOMS);
	}

	@Test
	void painInBothLegsIsAnEmergency() {
		assertLevel(healthy().painAreas(EnumSet.of(PainArea.BOTH_LEGS)), Level.EMERGENCY,
				FlagCode.BILATERAL_LEG_SYMPTOMS);
	}

	@Test
	void painDownOneLegNeedsAClinician() {
		assertLevel(healthy().painAreas(EnumSet.of(PainArea.ONE_LEG)), Level.CLINICIAN_REVIEW, FlagCode.RADIATING_PAIN);
	}

	@ParameterizedTest(name = "painNow {0} → {1}")
	@CsvSource({ "0, PROCEED", "3, PROCEED", "5, PROCEED", "6, CLINICIAN_REVIEW", "7, CLINICIAN_REVIEW", "8, URGENT",
			"10, URGENT" })
	void painNowThresholds(int painNow, Level level) {
		Assessment result = rules.assess(healthy().painNow(painNow).build(), CATALOGUE);
		assertThat(result.level()).isEqualTo(level);
		assertThat(result.hasFlag(FlagCode.HIGH_PAIN)).isEqualTo(painNow == 6 || painNow == 7);
		assertThat(result.hasFlag(FlagCode.SEVERE_PAIN)).isEqualTo(painNow >= 8);
	}

	@Test
	void worseningPainNeedsAClinician() {
		assertLevel(healthy().painTrend(PainTrend.WORSENING), Level.CLINICIAN_REVIEW, FlagCode.WORSENING_PAIN);
	}

	@ParameterizedTest(name = "painWeeks {0}, trend {1} → NOT_IMPROVING {2}, CHRONIC_PAIN {3}")
	@CsvSource({ "5, SAME, false, false", "6, SAME, true, false", "6, IMPROVING, false, false",
			"6, WORSENING, true, false", "25, IMPROVING, false, false", "26, IMPROVING, false, true",
			"26, SAME, true, true" })
	void painWeeksThresholds(int painWeeks, PainTrend trend, boolean notImproving, boolean chronic) {
		Assessment result = rules.assess(healthy().painWeeks(painWeeks).painTrend(trend).build(), CATALOGUE);
		assertThat(result.hasFlag(FlagCode.NOT_IMPROVING)).isEqualTo(notImproving);
		assertThat(result.hasFlag(FlagCode.CHRONIC_PAIN)).isEqualTo(chronic);
		assertThat(result.level()).isEqualTo(
				notImproving || chronic || trend == PainTrend.WORSENING ? Level.CLINICIAN_REVIEW : Level.PROCEED);
	}

	@Test
	void unknownPainDurationRaisesNoDurationFlag() {
		Assessment result = rules.assess(healthy().painWeeks(null).painTrend(PainTrend.SAME).build(), CATALOGUE);
		assertThat(result.hasFlag(FlagCode.NOT_IMPROVING)).isFalse();
		assertThat(result.hasFlag(FlagCode.CHRONIC_PAIN)).isFalse();
	}

	@ParameterizedTest(name = "cleared {0} → NOT_CLEARED {1}, TOLD_TO_WAIT {2}, level {3}")
	@CsvSource({ "YES, false, false, PROCEED", "NOT_YET_CHECKED, true, false, CLINICIAN_REVIEW",
			"NO, false, true, CLINICIAN_REVIEW" })
	void clearanceFlags(Clearance clearance, boolean notCleared, boolean toldToWait, Level level) {
		Assessment result = rules.assess(healthy().cleared(clearance).build(), CATALOGUE);
		assertThat(result.level()).isEqualTo(level);
		assertThat(result.hasFlag(FlagCode.NOT_CLEARED)).as("NOT_CLEARED").isEqualTo(notCleared);
		assertThat(result.hasFlag(FlagCode.TOLD_TO_WAIT)).as("TOLD_TO_WAIT").isEqualTo(toldToWait);
		assertThat(result.routine()).isNotNull();
	}

	@ParameterizedTest
	@EnumSource(value = Separation.class, names = { "LARGE", "UNSURE" })
	void aLargeOrUnknownSeparationIsDiastasisAdvice(Separation separation) {
		assertLevel(healthy().separation(separation), Level.PROCEED, FlagCode.DIASTASIS);
	}

	@ParameterizedTest
	@EnumSource(value = Separation.class, names = { "NO", "SMALL" })
	void noOrASmallSeparationRaisesNoFlag(Separation separation) {
		assertThat(rules.assess(healthy().separation(separation).build(), CATALOGUE).hasFlag(FlagCode.DIASTASIS))
			.isFalse();
	}

	@Test
	void pelvicGirdlePainIsAdvice() {
		assertLevel(healthy().painAreas(EnumSet.of(PainArea.PELVIC_GIRDLE)), Level.PROCEED,
				FlagCode.PELVIC_GIRDLE_PAIN);
	}

	@ParameterizedTest(name = "caesarean at {0} weeks → RECENT_CESAREAN {1}")
	@CsvSource({ "11, true", "12, false" })
	void recentCesareanThreshold(int weeks, boolean recent) {
		Assessment result = rules.assess(healthy().delivery(Delivery.CESAREAN).weeks(weeks).build(), CATALOGUE);
		assertThat(result.hasFlag(FlagCode.RECENT_CESAREAN)).isEqualTo(recent);
		assertThat(result.level()).isEqualTo(Level.PROCEED);
	}

	@Test
	void aVaginalBirthIsNeverARecentCesarean() {
		assertThat(rules.assess(healthy().weeks(2).build(), CATALOGUE).hasFlag(FlagCode.RECENT_CESAREAN)).isFalse();
	}

	@Test
	void theMostSeriousFlagDecidesTheLevelAndFlagsAreListedMostSeriousFirst() {
		Assessment result = rules.assess(healthy().redFlags(EnumSet.of(FlagCode.FEVER))
			.leakage(Leakage.WORSENING)
			.painNow(6)
			.separation(Separation.LARGE)
			.build(), CATALOGUE);
		assertThat(result.level()).isEqualTo(Level.EMERGENCY);
		assertThat(result.flags()).extracting(Assessment.Flag::level)
			.containsExactly(Level.EMERGENCY, Level.URGENT, Level.CLINICIAN_REVIEW, Level.ADVICE);
		assertThat(result.routine()).isNull();
	}

	@Test
	void urgentWinsOverClinicianReview() {
		assertThat(rules.assess(healthy().painNow(9).cleared(Clearance.NO).build(), CATALOGUE).level())
			.isEqualTo(Level.URGENT);
	}

	@Test
	void theRedFlagCheckAloneGivesALevelAndNeverARoutine() {
		Assessment result = rules.assessRedFlags(EnumSet.of(FlagCode.FEVER, FlagCode.LEG_WEAKNESS), CATALOGUE);
		assertThat(result.level()).isEqualTo(Level.EMERGENCY);
		assertThat(result.flags()).extracting(Assessment.Flag::code)
			.containsExactly(FlagCode.LEG_WEAKNESS, FlagCode.FEVER);
		assertThat(result.routine()).isNull();
		assertThat(rules.assessRedFlags(EnumSet.of(FlagCode.SEVERE_PAIN), CATALOGUE).level())
			.as("derived codes are not questions").isEqualTo(Level.PROCEED);
	}

	// ---- phase choice ----

	@ParameterizedTest(name = "weeks {0} → phase {1}")
	@CsvSource({ "0, 1", "5, 1", "6, 2", "11, 2", "12, 3", "40, 3" })
	void weeksSinceBirthThresholds(int weeks, int phase) {
		assertThat(rules.assess(healthy().weeks(weeks).build(), CATALOGUE).routine().phase()).isEqualTo(phase);
	}

	@ParameterizedTest(name = "painNow {0} → phase {1}")
	@CsvSource({ "0, 3", "3, 3", "4, 2", "5, 2", "6, 1", "7, 1" })
	void painNowDecidesThePhase(int painNow, int phase) {
		assertThat(rules.assess(healthy().painNow(painNow).build(), CATALOGUE).routine().phase()).isEqualTo(phase);
	}

	@ParameterizedTest
	@EnumSource(value = Clearance.class, names = { "NO", "NOT_YET_CHECKED" })
	void notClearedIsPhaseOneEvenLongAfterBirth(Clearance clearance) {
		assertThat(rules.assess(healthy().cleared(clearance).weeks(30).build(), CATALOGUE).routine().phase())
			.isEqualTo(1);
	}

	@Test
	void worseningPainHoldsBackPhaseThree() {
		assertThat(rules.assess(healthy().painTrend(PainTrend.WORSENING).build(), CATALOGUE).routine().phase())
			.isEqualTo(2);
	}

	@ParameterizedTest(name = "{0} holds back phase 3")
	@MethodSource("adviceFlagsThatHoldBackPhaseThree")
	void adviceFlagsHoldBackPhaseThree(String name, Intake.Builder intake) {
		assertThat(rules.assess(intake.build(), CATALOGUE).routine().phase()).isEqualTo(2);
	}

	static Stream<Arguments> adviceFlagsThatHoldBackPhaseThree() {
		return Stream.of(Arguments.of("DIASTASIS", healthy().separation(Separation.UNSURE)),
				Arguments.of("PELVIC_FLOOR_SYMPTOMS", healthy().leakage(Leakage.STABLE)),
				Arguments.of("PELVIC_GIRDLE_PAIN", healthy().painAreas(EnumSet.of(PainArea.PELVIC_GIRDLE))),
				Arguments.of("RECENT_CESAREAN", healthy().delivery(Delivery.CESAREAN).weeks(11)));
	}

	@Test
	void aCesareanAtTwelveWeeksMayReachPhaseThree() {
		assertThat(rules.assess(healthy().delivery(Delivery.CESAREAN).weeks(12).build(), CATALOGUE).routine().phase())
			.isEqualTo(3);
	}

	// ---- safety filter and substitution ----

	@Test
	void notClearedKeepsOnlyExercisesAllowedBeforeClearance() {
		// Phase 1 holds only beforeClearance exercises, so nothing needs filtering…
		Assessment result = rules.assess(healthy().cleared(Clearance.NOT_YET_CHECKED).build(), CATALOGUE);
		assertThat(slugs(result)).containsExactly("breathing", "tilt", "walking");
		assertThat(result.routine().excluded()).isEmpty();
		// …but the filter is applied to every exercise all the same.
		assertThat(TriageRules.exclusionReason(CATALOGUE.exercises().get("bridge"), EnumSet.of(FlagCode.NOT_CLEARED)))
			.contains(FlagCode.NOT_CLEARED);
	}

	@ParameterizedTest(name = "told to wait: {0} allowed {1}")
	@CsvSource({ "breathing, true", "connection-breath, true", "walking, true", "tilt, false", "bridge, false",
			"toe-tap, false", "hollow, false" })
	void toldToWaitAllowsOnlyBreathingBeforeClearanceAndWalking(String slug, boolean allowed) {
		assertThat(TriageRules.exclusionReason(CATALOGUE.exercises().get(slug), EnumSet.of(FlagCode.TOLD_TO_WAIT)))
			.isEqualTo(allowed ? java.util.Optional.empty() : java.util.Optional.of(FlagCode.TOLD_TO_WAIT));
	}

	@Test
	void toldToWaitPutsHerClinicianFirstInEveryReason() {
		Assessment result = rules.assess(healthy().cleared(Clearance.NO).weeks(30).build(), CATALOGUE);
		assertThat(result.routine().phase()).isEqualTo(1);
		assertThat(slugs(result)).containsExactly("breathing", "walking");
		assertThat(result.routine().excluded()).containsExactly(new Exclusion("tilt", "TOLD_TO_WAIT"));
		assertThat(result.routine().exercises()).allSatisfy(e -> {
			assertThat(e.reason()).contains("advice to wait comes first").contains("check with them");
			assertThat(e.reason()).doesNotContainIgnoringCase("safe");
		});
		assertThat(result.routine().phaseReason()).contains("a clinician told you to wait");
	}

	@Test
	void toldToWaitStillFallsBackToBreathingAndWalkingWithTheClinicianFirst() {
		RulesCatalogue onlyRisky = withPhase(1, List.of(dosage("hollow", 1)));
		Assessment result = rules.assess(healthy().cleared(Clearance.NO).build(), onlyRisky);
		assertThat(slugs(result)).containsExactly("connection-breath", "walking");
		assertThat(result.routine().exercises()).allSatisfy(e -> assertThat(e.reason())
			.contains("advice to wait comes first").doesNotContainIgnoringCase("safe"));
	}

	@Test
	void diastasisRemovesHighAbdominalLoadAndSubstitutesTheRegression() {
		Assessment result = rules.assess(healthy().separation(Separation.LARGE).weeks(8).build(), CATALOGUE);
		assertThat(result.routine().phase()).isEqualTo(2);
		assertThat(slugs(result)).doesNotContain("hollow").contains("toe-tap");
		assertThat(result.routine().excluded()).contains(new Exclusion("hollow", "DIASTASIS"));
		assertThat(planned(result, "toe-tap").reason()).contains("in place of Hollow hold");
	}

	@Test
	void aRecentCesareanRemovesHighAbdominalLoad() {
		Assessment result = rules.assess(healthy().delivery(Delivery.CESAREAN).weeks(8).separation(Separation.NO).build(),
				CATALOGUE);
		assertThat(result.routine().excluded()).contains(new Exclusion("hollow", "RECENT_CESAREAN"));
	}

	@Test
	void aRegressionThatIsAlsoRuledOutIsNotOffered() {
		// plank → regression side-plank-knees, which also loads the tummy hard: both out, none offered.
		RulesCatalogue withPlank = withPhase(2, List.of(dosage("breathing", 1), dosage("plank", 3)));
		Assessment result = rules.assess(healthy().separation(Separation.LARGE).weeks(8).build(), withPlank);
		assertThat(result.routine().excluded()).containsExactly(new Exclusion("plank", "DIASTASIS"));
		assertThat(slugs(result)).containsExactly("breathing");
	}

	@Test
	void aSubstituteAlreadyInTheRoutineIsNotAddedTwice() {
		RulesCatalogue twoHard = withPhase(2, List.of(dosage("toe-tap", 1), dosage("hollow", 2), dosage("walking", 1)));
		Assessment result = rules.assess(healthy().separation(Separation.LARGE).weeks(8).build(), twoHard);
		assertThat(slugs(result)).containsExactly("toe-tap", "walking");
		assertThat(result.routine().excluded()).containsExactly(new Exclusion("hollow", "DIASTASIS"));
	}

	@Test
	void pelvicFloorSymptomsRemoveHighPelvicFloorLoad() {
		Assessment result = rules.assess(healthy().pelvicHeaviness(true).weeks(8).build(), CATALOGUE);
		assertThat(result.routine().excluded()).contains(new Exclusion("hollow", "PELVIC_FLOOR_SYMPTOMS"));
		assertThat(slugs(result)).contains("toe-tap");
	}

	@Test
	void pelvicGirdlePainRemovesAsymmetricExercisesAndSubstitutes() {
		Assessment result = rules.assess(healthy().painAreas(EnumSet.of(PainArea.PELVIC_GIRDLE)).weeks(8).build(),
				CATALOGUE);
		assertThat(result.routine().excluded()).contains(new Exclusion("march", "PELVIC_GIRDLE_PAIN"));
		assertThat(slugs(result)).doesNotContain("march").containsOnlyOnce("bridge");
	}

	@Test
	void highPainHalvesSetsAndRemovesAdvancedExercises() {
		// painNow 6 means phase 1; the phase 1 routine here has a 3-set exercise to halve.
		Assessment result = rules.assess(healthy().painNow(6).build(), CATALOGUE);
		assertThat(result.routine().phase()).isEqualTo(1);
		assertThat(planned(result, "tilt").sets()).isEqualTo(1);
		assertThat(planned(result, "tilt").reason()).contains("Fewer sets");
		assertThat(planned(result, "breathing").sets()).isEqualTo(1);
		assertThat(TriageRules.exclusionReason(CATALOGUE.exercises().get("hollow"), EnumSet.of(FlagCode.HIGH_PAIN)))
			.contains(FlagCode.HIGH_PAIN);
	}

	@Test
	void aRoutineIsNeverEmptyWhenOneIsAllowed() {
		RulesCatalogue onlyRisky = new RulesCatalogue(
				Map.of(1, new RoutineFacts("p1", "Phase 1", 1, 5, List.of(dosage("hollow", 1))), 2,
						CATALOGUE.phaseRoutines().get(2), 3, CATALOGUE.phaseRoutines().get(3)),
				CATALOGUE.exercises(), CATALOGUE.flagTexts());
		Assessment result = rules.assess(healthy().cleared(Clearance.NOT_YET_CHECKED).build(), onlyRisky);
		assertThat(slugs(result)).containsExactly("connection-breath", "walking");
		assertThat(result.routine().excluded()).containsExactly(new Exclusion("hollow", "NOT_CLEARED"));
		assertThat(result.routine().exercises()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
	}

	@Test
	void thePhaseIsExplainedOnceForTheRoutineAndEachReasonIsAboutItsExercise() {
		Assessment result = rules.assess(healthy().weeks(8).build(), CATALOGUE);
		assertThat(result.routine().phaseReason()).isEqualTo("Phase 2 (Rebuild) suits you: you are cleared and at least "
				+ "6 weeks after the birth; the strengthening phase waits because it is less than 12 weeks since the birth.");
		assertThat(result.routine().exercises()).allSatisfy(e -> assertThat(e.reason())
			.isEqualTo(CATALOGUE.exercises().get(e.slug()).summary()));
	}

	@Test
	void aPhaseOneRoutineSaysOnceWhyItIsPhaseOne() {
		Assessment result = rules.assess(healthy().cleared(Clearance.NOT_YET_CHECKED).weeks(4).build(), CATALOGUE);
		assertThat(result.routine().phaseReason()).isEqualTo("Phase 1 (Reconnect) suits you because you have not yet "
				+ "been cleared for exercise and it is less than 6 weeks since the birth.");
		assertThat(result.routine().exercises()).allSatisfy(e -> assertThat(e.reason()).doesNotContain("Phase"));
	}

	@Test
	void everyIncludedExerciseHasAReasonAndTheRoutineItsTimings() {
		Assessment result = rules.assess(healthy().weeks(8).build(), CATALOGUE);
		assertThat(result.routine().exercises()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
		assertThat(result.routine().timesPerWeek()).isEqualTo(4);
		assertThat(result.routine().estimatedMinutes()).isPositive();
		assertThat(result.routine().slug()).isEqualTo("phase-2");
	}

	@Test
	void theRulesAreAPureFunction() {
		Intake intake = healthy().painNow(6).separation(Separation.LARGE).build();
		assertThat(rules.assess(intake, CATALOGUE)).isEqualTo(rules.assess(intake, CATALOGUE));
	}

	// ---- helpers and the small catalogue ----

	private void assertLevel(Intake.Builder intake, Level level, FlagCode flag) {
		Assessment result = rules.assess(intake.build(), CATALOGUE);
		assertThat(result.level()).as("level").isEqualTo(level);
		assertThat(result.flags()).extracting(Assessment.Flag::code).contains(flag);
		assertThat(result.routine() == null).as("no routine").isEqualTo(!level.allowsRoutine());
	}

	static List<String> slugs(Assessment result) {
		return result.routine().exercises().stream().map(PlannedExercise::slug).toList();
	}

	static PlannedExercise planned(Assessment result, String slug) {
		return result.routine().exercises().stream().filter(e -> e.slug().equals(slug)).findFirst().orElseThrow();
	}

	/** Cleared, 20 weeks after a vaginal birth, mild improving pain, no separation: phase 3, no flags. */
	static Intake.Builder healthy() {
		return Intake.builder()
			.weeks(20)
			.delivery(Delivery.VAGINAL)
			.cleared(Clearance.YES)
			.painNow(2)
			.painTrend(PainTrend.IMPROVING)
			.separation(Separation.NO)
			.leakage(Leakage.NONE);
	}

	static final RulesCatalogue CATALOGUE = smallCatalogue();

	private static RulesCatalogue smallCatalogue() {
		Map<String, ExerciseFacts> exercises = Stream.of(
				exercise("breathing", Load.LOW, Load.LOW, false, true, 1, null),
				exercise("connection-breath", Load.LOW, Load.LOW, false, true, 1, null),
				exercise("walking", Load.LOW, Load.LOW, false, true, 1, null),
				exercise("tilt", Load.LOW, Load.LOW, false, true, 1, null),
				exercise("bridge", Load.LOW, Load.LOW, false, false, 1, "tilt"),
				exercise("march", Load.MODERATE, Load.LOW, true, false, 2, "bridge"),
				exercise("toe-tap", Load.LOW, Load.LOW, false, false, 2, null),
				exercise("hollow", Load.HIGH, Load.HIGH, false, false, 3, "toe-tap"),
				exercise("side-plank-knees", Load.HIGH, Load.LOW, false, false, 2, null),
				exercise("plank", Load.HIGH, Load.HIGH, false, false, 3, "side-plank-knees"))
			.collect(Collectors.toMap(ExerciseFacts::slug, Function.identity()));
		Map<Integer, RoutineFacts> phases = Map.of(1,
				new RoutineFacts("phase-1", "Phase 1", 1, 5, List.of(dosage("breathing", 1), dosage("tilt", 3), dosage("walking", 1))),
				2, new RoutineFacts("phase-2", "Phase 2", 2, 4, List.of(dosage("breathing", 1), dosage("march", 2),
						dosage("bridge", 2), dosage("hollow", 2), dosage("walking", 1))),
				3, new RoutineFacts("phase-3", "Phase 3", 3, 3, List.of(dosage("bridge", 2), dosage("plank", 3), dosage("walking", 1))));
		Map<FlagCode, FlagText> texts = new EnumMap<>(FlagCode.class);
		Arrays.stream(FlagCode.values())
			.forEach(code -> texts.put(code, new FlagText("title of " + code, "advice for " + code)));
		return new RulesCatalogue(phases, exercises, texts);
	}

	static ExerciseFacts exercise(String slug, Load abdominal, Load pelvicFloor, boolean asymmetric,
			boolean beforeClearance, int difficulty, String regression) {
		String name = slug.equals("hollow") ? "Hollow hold" : slug;
		Category category = slug.contains("breath") ? Category.BREATHING
				: slug.equals("walking") ? Category.MOVEMENT_PATTERN : Category.CORE;
		return new ExerciseFacts(slug, name, "Summary of " + slug + ".", category, abdominal, pelvicFloor, asymmetric,
				beforeClearance, difficulty, regression, dosage(slug, 1));
	}

	static RulesCatalogue withPhase(int phase, List<DosageFacts> items) {
		return withPhase(CATALOGUE, phase, items);
	}

	static RulesCatalogue withPhase(RulesCatalogue base, int phase, List<DosageFacts> items) {
		Map<Integer, RoutineFacts> phases = new java.util.HashMap<>(base.phaseRoutines());
		phases.put(phase, new RoutineFacts("phase-" + phase, "Phase " + phase, phase, 4, items));
		return new RulesCatalogue(phases, base.exercises(), base.flagTexts());
	}

	static DosageFacts dosage(String slug, int sets) {
		return new DosageFacts(slug, sets, 8, 3, false, 30);
	}

	static Set<FlagCode> none() {
		return EnumSet.noneOf(FlagCode.class);
	}

}
