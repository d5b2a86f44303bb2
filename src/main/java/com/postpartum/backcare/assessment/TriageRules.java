package com.postpartum.backcare.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.postpartum.backcare.assessment.Assessment.Exclusion;
import com.postpartum.backcare.assessment.Assessment.Flag;
import com.postpartum.backcare.assessment.Assessment.Plan;
import com.postpartum.backcare.assessment.Assessment.PlannedExercise;
import com.postpartum.backcare.assessment.Intake.Clearance;
import com.postpartum.backcare.assessment.Intake.Delivery;
import com.postpartum.backcare.assessment.Intake.Leakage;
import com.postpartum.backcare.assessment.Intake.PainArea;
import com.postpartum.backcare.assessment.Intake.PainTrend;
import com.postpartum.backcare.assessment.Intake.Separation;
import com.postpartum.backcare.assessment.RulesCatalogue.Dose;
import com.postpartum.backcare.assessment.RulesCatalogue.ExerciseFacts;
import com.postpartum.backcare.assessment.RulesCatalogue.FlagText;
import com.postpartum.backcare.assessment.RulesCatalogue.PhaseRoutine;
import com.postpartum.backcare.catalogue.ExerciseTiming;
import com.postpartum.backcare.catalogue.Load;

/**
 * TRIAGE.md as a pure function: {@code assess(intake, catalogue)}. Safety first: red flags
 * decide the level, and EMERGENCY or URGENT answers carry no routine at all. Otherwise a
 * phase routine is chosen and every exercise passes the safety filter, is replaced by its
 * regression, or is dropped with the reason. No Spring, no database: fast to test.
 */
public final class TriageRules {

	/** Recorded with every stored assessment; change it whenever a rule changes. */
	public static final String VERSION = "triage-1.0 (TRIAGE.md, 2026-11-22)";

	static final int FIRST_WEEKS = 6;

	static final int CESAREAN_RECOVERY_WEEKS = 12;

	static final int PHASE_THREE_WEEKS = 12;

	static final int NOT_IMPROVING_WEEKS = 6;

	static final int CHRONIC_WEEKS = 26;

	/** Always safe to offer when a routine is allowed (TRIAGE.md: a routine is never empty). */
	static final List<String> ALWAYS_SAFE = List.of("connection-breath", "walking");

	/** The filters in TRIAGE.md's order; the first that rules an exercise out names the reason. */
	private static final List<FlagCode> FILTER_ORDER = List.of(FlagCode.NOT_CLEARED, FlagCode.DIASTASIS,
			FlagCode.RECENT_CESAREAN, FlagCode.PELVIC_FLOOR_SYMPTOMS, FlagCode.PELVIC_GIRDLE_PAIN, FlagCode.HIGH_PAIN);

	public Assessment assess(Intake intake, RulesCatalogue catalogue) {
		Set<FlagCode> codes = flagsFor(intake);
		Level level = levelOf(codes);
		Plan plan = level.allowsRoutine() ? plan(intake, codes, catalogue) : null;
		return new Assessment(level, flags(codes, catalogue), plan);
	}

	/** The red-flag questions alone ("something new or worse?"): a level and flags, never a routine. */
	public Assessment assessRedFlags(Set<FlagCode> redFlags, RulesCatalogue catalogue) {
		Set<FlagCode> codes = EnumSet.noneOf(FlagCode.class);
		redFlags.stream().filter(FlagCode::isQuestion).forEach(codes::add);
		return new Assessment(levelOf(codes), flags(codes, catalogue), null);
	}

	/** Most serious first, then in TRIAGE.md's order, each with its words. */
	private static List<Flag> flags(Set<FlagCode> codes, RulesCatalogue catalogue) {
		return codes.stream()
			.sorted(Comparator.comparing((FlagCode code) -> code.level()).thenComparing(Enum::ordinal))
			.map(code -> {
				FlagText text = catalogue.flagTexts().get(code);
				return new Flag(code, code.level(), text.title(), text.advice());
			})
			.toList();
	}

	/** Every flag the answers raise: the red flags she ticked and the derived ones. */
	static Set<FlagCode> flagsFor(Intake intake) {
		Set<FlagCode> codes = EnumSet.noneOf(FlagCode.class);
		codes.addAll(intake.redFlags());
		if (intake.leakage() == Leakage.WORSENING) {
			codes.add(FlagCode.WORSENING_INCONTINENCE);
		}
		if (intake.painNow() >= 8) {
			codes.add(FlagCode.SEVERE_PAIN);
		}
		if (intake.painAreas().contains(PainArea.BOTH_LEGS)) {
			codes.add(FlagCode.BILATERAL_LEG_SYMPTOMS);
		}
		if (intake.painNow() == 6 || intake.painNow() == 7) {
			codes.add(FlagCode.HIGH_PAIN);
		}
		if (intake.painTrend() == PainTrend.WORSENING) {
			codes.add(FlagCode.WORSENING_PAIN);
		}
		if (intake.painWeeks() != null && intake.painWeeks() >= NOT_IMPROVING_WEEKS
				&& intake.painTrend() != PainTrend.IMPROVING) {
			codes.add(FlagCode.NOT_IMPROVING);
		}
		if (intake.painWeeks() != null && intake.painWeeks() >= CHRONIC_WEEKS) {
			codes.add(FlagCode.CHRONIC_PAIN);
		}
		if (intake.painAreas().contains(PainArea.ONE_LEG)) {
			codes.add(FlagCode.RADIATING_PAIN);
		}
		if (intake.clearedForExercise() != Clearance.YES) {
			codes.add(FlagCode.NOT_CLEARED);
		}
		if (intake.leakage() == Leakage.STABLE || intake.pelvicHeaviness()) {
			codes.add(FlagCode.PELVIC_FLOOR_SYMPTOMS);
		}
		if (intake.abdominalSeparation() == Separation.LARGE || intake.abdominalSeparation() == Separation.UNSURE) {
			codes.add(FlagCode.DIASTASIS);
		}
		if (intake.painAreas().contains(PainArea.PELVIC_GIRDLE)) {
			codes.add(FlagCode.PELVIC_GIRDLE_PAIN);
		}
		if (intake.delivery() == Delivery.CESAREAN && intake.weeksSinceBirth() < CESAREAN_RECOVERY_WEEKS) {
			codes.add(FlagCode.RECENT_CESAREAN);
		}
		return codes;
	}

	/** The most serious flag's level; ADVICE flags leave it at PROCEED. */
	static Level levelOf(Set<FlagCode> codes) {
		Level level = Level.PROCEED;
		for (FlagCode code : codes) {
			Level flagLevel = code.level() == Level.ADVICE ? Level.PROCEED : code.level();
			if (flagLevel.isMoreSeriousThan(level)) {
				level = flagLevel;
			}
		}
		return level;
	}

	static int phaseFor(Intake intake, Set<FlagCode> codes) {
		if (intake.clearedForExercise() != Clearance.YES || intake.weeksSinceBirth() < FIRST_WEEKS
				|| intake.painNow() >= 6) {
			return 1;
		}
		boolean readyToStrengthen = intake.weeksSinceBirth() >= PHASE_THREE_WEEKS && intake.painNow() <= 3
				&& intake.painTrend() != PainTrend.WORSENING && !codes.contains(FlagCode.DIASTASIS)
				&& !codes.contains(FlagCode.PELVIC_FLOOR_SYMPTOMS) && !codes.contains(FlagCode.PELVIC_GIRDLE_PAIN)
				&& !codes.contains(FlagCode.RECENT_CESAREAN);
		return readyToStrengthen ? 3 : 2;
	}

	/** The first filter that rules this exercise out for her, if any. */
	static Optional<FlagCode> exclusionReason(ExerciseFacts exercise, Set<FlagCode> codes) {
		for (FlagCode filter : FILTER_ORDER) {
			if (codes.contains(filter) && rulesOut(filter, exercise)) {
				return Optional.of(filter);
			}
		}
		return Optional.empty();
	}

	private static boolean rulesOut(FlagCode filter, ExerciseFacts exercise) {
		return switch (filter) {
			case NOT_CLEARED -> !exercise.beforeClearance();
			case DIASTASIS, RECENT_CESAREAN -> exercise.abdominalLoad() == Load.HIGH;
			case PELVIC_FLOOR_SYMPTOMS -> exercise.pelvicFloorLoad() == Load.HIGH;
			case PELVIC_GIRDLE_PAIN -> exercise.asymmetric();
			case HIGH_PAIN -> exercise.difficulty() == 3;
			default -> false;
		};
	}

	private Plan plan(Intake intake, Set<FlagCode> codes, RulesCatalogue catalogue) {
		int phase = phaseFor(intake, codes);
		PhaseRoutine routine = catalogue.phaseRoutines().get(phase);
		String why = Reasons.phase(phase, intake, codes);
		boolean halve = codes.contains(FlagCode.HIGH_PAIN);
		Map<String, PlannedExercise> chosen = new LinkedHashMap<>();
		List<Exclusion> excluded = new ArrayList<>();
		for (Dose item : routine.items()) {
			ExerciseFacts exercise = catalogue.exercises().get(item.slug());
			if (chosen.containsKey(item.slug())) {
				continue;
			}
			Optional<FlagCode> reason = exclusionReason(exercise, codes);
			if (reason.isEmpty()) {
				chosen.put(item.slug(), planned(exercise, item, halve, exercise.summary() + " " + why));
				continue;
			}
			excluded.add(new Exclusion(item.slug(), reason.get().name()));
			ExerciseFacts easier = exercise.regression() == null ? null
					: catalogue.exercises().get(exercise.regression());
			if (easier != null && exclusionReason(easier, codes).isEmpty() && !chosen.containsKey(easier.slug())) {
				chosen.put(easier.slug(), planned(easier, easier.ownDose(), halve,
						Reasons.substitute(exercise.name(), reason.get())));
			}
		}
		if (chosen.isEmpty()) {
			for (String slug : ALWAYS_SAFE) {
				ExerciseFacts safe = catalogue.exercises().get(slug);
				chosen.put(slug, planned(safe, safe.ownDose(), halve, Reasons.ALWAYS_SAFE));
			}
		}
		List<PlannedExercise> exercises = List.copyOf(chosen.values());
		int seconds = exercises.stream()
			.mapToInt(e -> ExerciseTiming.seconds(e.sets(), e.reps(), e.holdSeconds(), e.perSide(), e.restSeconds()))
			.sum();
		return new Plan(routine.slug(), routine.title(), phase, exercises, List.copyOf(excluded),
				routine.timesPerWeek(), ExerciseTiming.minutes(seconds));
	}

	private static PlannedExercise planned(ExerciseFacts exercise, Dose dose, boolean halve, String reason) {
		int sets = halve ? Math.max(1, dose.sets() / 2) : dose.sets();
		String why = halve && sets < dose.sets() ? reason + " " + Reasons.HALVED : reason;
		return new PlannedExercise(exercise.slug(), exercise.name(), sets, dose.reps(), dose.holdSeconds(),
				dose.perSide(), dose.restSeconds(), why);
	}

}
