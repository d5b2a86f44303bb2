package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.postpartum.backcare.assessment.Assessment.PlannedExercise;
import com.postpartum.backcare.assessment.Intake.Clearance;
import com.postpartum.backcare.assessment.Intake.Delivery;
import com.postpartum.backcare.assessment.Intake.Leakage;
import com.postpartum.backcare.assessment.Intake.PainArea;
import com.postpartum.backcare.assessment.Intake.PainTrend;
import com.postpartum.backcare.assessment.Intake.Separation;
import com.postpartum.backcare.assessment.RulesCatalogue.ExerciseFacts;

/**
 * Thousands of random valid intakes against the real catalogue: whatever the answers, the
 * safety invariants hold. The seed is fixed so a failure can be replayed.
 */
class TriageInvariantsTest {

	static final int CASES = 20_000;

	private final TriageRules rules = MessagesFile.rules();

	private final RulesCatalogue catalogue = RealRulesCatalogue.INSTANCE;

	@Test
	void safetyInvariantsHoldForRandomIntakes() {
		Random random = new Random(20261122L);
		Set<Integer> phasesSeen = new HashSet<>();
		Set<Level> levelsSeen = EnumSet.noneOf(Level.class);
		for (int i = 0; i < CASES; i++) {
			Intake intake = randomIntake(random);
			Assessment result = rules.assess(intake, catalogue);
			String context = "case " + i + ": " + intake + " → " + result;
			levelsSeen.add(result.level());

			Level strongest = result.flags().stream().map(f -> f.level() == Level.ADVICE ? Level.PROCEED : f.level())
				.min(Enum::compareTo).orElse(Level.PROCEED);
			assertThat(result.level()).as(context).isEqualTo(strongest);

			if (!result.level().allowsRoutine()) {
				assertThat(result.routine()).as("EMERGENCY/URGENT carry no exercise: " + context).isNull();
				continue;
			}
			assertThat(result.routine()).as(context).isNotNull();
			phasesSeen.add(result.routine().phase());
			assertThat(result.routine().phaseReason()).as("the phase explained once: " + context)
				.startsWith("Phase " + result.routine().phase() + " ");
			List<PlannedExercise> exercises = result.routine().exercises();
			assertThat(exercises).as("never empty: " + context).isNotEmpty();
			assertThat(exercises).extracting(PlannedExercise::slug).as(context).doesNotHaveDuplicates();
			Set<FlagCode> codes = EnumSet.noneOf(FlagCode.class);
			result.flags().forEach(flag -> codes.add(flag.code()));
			for (PlannedExercise planned : exercises) {
				ExerciseFacts facts = catalogue.exercises().get(planned.slug());
				assertThat(TriageRules.exclusionReason(facts, codes)).as("ruled out but offered: " + planned.slug()
						+ " in " + context).isEmpty();
				assertThat(planned.reason()).as(context).isNotBlank();
				assertThat(planned.sets()).as(context).isPositive();
				if (codes.contains(FlagCode.NOT_CLEARED)) {
					assertThat(facts.beforeClearance()).as(context).isTrue();
				}
				if (codes.contains(FlagCode.HIGH_PAIN)) {
					assertThat(facts.difficulty()).as(context).isLessThan(3);
				}
				if (codes.contains(FlagCode.TOLD_TO_WAIT)) {
					assertThat(facts.slug().equals("walking")
							|| facts.beforeClearance() && facts.category() == com.postpartum.backcare.catalogue.Category.BREATHING)
						.as("told to wait: breathing and walking only, " + context)
						.isTrue();
					assertThat(planned.reason()).as(context).contains("advice to wait comes first");
				}
			}
			result.routine().excluded().forEach(excluded -> assertThat(excluded.reason()).as(context).isNotBlank());
			assertThat(result.routine().estimatedMinutes()).as(context).isPositive();
		}
		assertThat(phasesSeen).as("the generator reaches every phase").containsExactlyInAnyOrder(1, 2, 3);
		assertThat(levelsSeen).as("and every level").containsExactlyInAnyOrder(Level.EMERGENCY, Level.URGENT,
				Level.CLINICIAN_REVIEW, Level.PROCEED);
	}

	@Test
	void dailyInvariantsHoldForRandomIntakesPainAndSwaps() {
		Random random = new Random(20261123L);
		List<String> slugs = List.copyOf(catalogue.exercises().keySet());
		for (int i = 0; i < CASES / 4; i++) {
			Intake intake = randomIntake(random);
			int painBefore = random.nextInt(11);
			Set<String> swapped = new HashSet<>();
			for (int s = random.nextInt(4); s > 0; s--) {
				swapped.add(slugs.get(random.nextInt(slugs.size())));
			}
			var day = rules.planDay(intake, painBefore, swapped, catalogue);
			String context = "case " + i + ": pain " + painBefore + ", swapped " + swapped + ", " + intake + " → " + day;
			Assessment intakeAnswer = rules.assess(intake, catalogue);
			if (painBefore >= 8 || !intakeAnswer.level().allowsRoutine()) {
				assertThat(day).as("no session: " + context).isEmpty();
				continue;
			}
			assertThat(day).as(context).isPresent();
			Set<FlagCode> codes = EnumSet.noneOf(FlagCode.class);
			intakeAnswer.flags().forEach(flag -> codes.add(flag.code()));
			if (painBefore >= 6) {
				codes.add(FlagCode.HIGH_PAIN);
			}
			for (PlannedExercise planned : day.get().plan().exercises()) {
				ExerciseFacts facts = catalogue.exercises().get(planned.slug());
				assertThat(TriageRules.exclusionReason(facts, codes)).as("ruled out but offered: " + context).isEmpty();
				assertThat(swapped).as("swapped out but offered: " + context).doesNotContain(planned.slug());
				assertThat(planned.sets()).as(context).isPositive();
			}
			assertThat(day.get().plan().exercises()).as("never empty: " + context).isNotEmpty();
		}
	}

	private static Intake randomIntake(Random random) {
		Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
		for (PainArea area : PainArea.values()) {
			if (random.nextInt(6) == 0) {
				areas.add(area);
			}
		}
		Set<FlagCode> redFlags = EnumSet.noneOf(FlagCode.class);
		// Mostly none, so that routines are exercised too.
		if (random.nextInt(5) == 0) {
			List<FlagCode> questions = FlagCode.questions();
			redFlags.add(questions.get(random.nextInt(questions.size())));
		}
		return Intake.builder()
			.weeks(random.nextInt(4) == 0 ? random.nextInt(521) : random.nextInt(40))
			.delivery(pick(random, Delivery.values()))
			.cleared(random.nextInt(3) == 0 ? pick(random, Clearance.values()) : Clearance.YES)
			.breastfeeding(random.nextBoolean())
			.epiduralOrSpinal(random.nextBoolean())
			.painAreas(areas)
			.painNow(random.nextInt(11))
			.painWorstLastWeek(random.nextBoolean() ? null : random.nextInt(11))
			.painTrend(pick(random, PainTrend.values()))
			.painWeeks(random.nextBoolean() ? null : random.nextInt(60))
			.separation(pick(random, Separation.values()))
			.leakage(random.nextInt(8) == 0 ? Leakage.WORSENING : pick(random, new Leakage[] { Leakage.NONE, Leakage.STABLE }))
			.pelvicHeaviness(random.nextInt(5) == 0)
			.redFlags(redFlags)
			.build();
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

}
