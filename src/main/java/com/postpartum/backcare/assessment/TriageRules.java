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
import com.postpartum.backcare.assessment.Assessment.PersonalRoutine;
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
import com.postpartum.backcare.catalogue.ExerciseTiming;
import com.postpartum.backcare.catalogue.Load;

/**
 * docs/clinical-rules.md as a pure function: {@code assess(intake, catalogue)}. Safety first: red flags
 * decide the level, and EMERGENCY or URGENT answers carry no routine at all. Otherwise a
 * phase routine is chosen and every exercise passes the safety filter, is replaced by its
 * regression, or is dropped with the reason. No Spring, no database: fast to test. Its
 * sentences come through {@link Wording}, so that their words live in messages.properties.
 */
public final class TriageRules {

	/** Recorded with every stored assessment; change it whenever a rule changes. */
	public static final String VERSION = "triage-1.2 (docs/clinical-rules.md, 2026-11-23)";

	static final int FIRST_WEEKS = 6;

	static final int CESAREAN_RECOVERY_WEEKS = 12;

	static final int PHASE_THREE_WEEKS = 12;

	static final int NOT_IMPROVING_WEEKS = 6;

	static final int CHRONIC_WEEKS = 26;

	/** Pain from here on is SEVERE_PAIN (URGENT): on the intake and before a day's session alike. */
	public static final int SEVERE_PAIN_FROM = 8;

	/** Pain from here up to SEVERE_PAIN_FROM is HIGH_PAIN: fewer sets, no advanced move. */
	public static final int HIGH_PAIN_FROM = 6;

	/** With TOLD_TO_WAIT, walking is the one exercise besides breathing (docs/clinical-rules.md). */
	static final String WALKING = "walking";

	/** Always safe to offer when a routine is allowed (docs/clinical-rules.md: a routine is never empty). */
	static final List<String> ALWAYS_SAFE = List.of("connection-breath", "walking");

	/** The filters in docs/clinical-rules.md's order; the first that rules an exercise out names the reason. */
	private static final List<FlagCode> FILTER_ORDER = List.of(FlagCode.NOT_CLEARED, FlagCode.TOLD_TO_WAIT, FlagCode.DIASTASIS,
			FlagCode.RECENT_CESAREAN, FlagCode.PELVIC_FLOOR_SYMPTOMS, FlagCode.PELVIC_GIRDLE_PAIN, FlagCode.HIGH_PAIN);

	private final Reasons reasons;

	public TriageRules(Wording wording) {
		this.reasons = new Reasons(wording);
	}

	/**
	 * The rules' sentences by message key: the app passes its MessageSource, the unit tests
	 * the same messages.properties. Arguments are filled in as MessageFormat does.
	 */
	@FunctionalInterface
	public interface Wording {

		String text(String key, Object... arguments);

	}

	public Assessment assess(Intake intake, RulesCatalogue catalogue) {
		Set<FlagCode> codes = flagsFor(intake);
		Level level = levelOf(codes);
		PersonalRoutine plan = level.allowsRoutine() ? build(intake, codes, Set.of(), catalogue).plan() : null;
		return new Assessment(level, flags(codes, catalogue), plan);
	}

	/**
	 * One day's routine (docs/clinical-rules.md, "Every day"): her intake judged again with
	 * today's pain before, and the exercises swapped out since last time ruled out like any
	 * other, so swapped-in exercises pass the same filter, substitution and dosage. Empty when
	 * the day allows no exercise: her answers or today's pain (8 or more) reach URGENT.
	 */
	public Optional<DayPlan> planDay(Intake intake, int painBefore, Set<String> swappedOut, RulesCatalogue catalogue) {
		Set<FlagCode> codes = flagsFor(intake);
		painFlag(painBefore).ifPresent(codes::add);
		if (!levelOf(codes).allowsRoutine()) {
			return Optional.empty();
		}
		Built built = build(intake, codes, swappedOut, catalogue);
		List<Substitution> swaps = built.substitutions()
			.stream()
			.filter(substitution -> substitution.filter() == null)
			.toList();
		return Optional.of(new DayPlan(built.plan(), swaps, codes.contains(FlagCode.HIGH_PAIN)));
	}

	/** The flag a pain score raises, the same on the intake and before every session. */
	public static Optional<FlagCode> painFlag(int pain) {
		if (pain >= SEVERE_PAIN_FROM) {
			return Optional.of(FlagCode.SEVERE_PAIN);
		}
		return pain >= HIGH_PAIN_FROM ? Optional.of(FlagCode.HIGH_PAIN) : Optional.empty();
	}

	/** A day's routine and what happened to each exercise swapped out since last time. */
	public record DayPlan(PersonalRoutine plan, List<Substitution> swaps, boolean highPain) {
	}

	/**
	 * An exercise ruled out for her and what took its place. {@code filter} names the flag
	 * that ruled it out, or is null when a swap did; {@code outcome} says whether its
	 * regression came in, and if not why; {@code refusedBy} is the flag that ruled the
	 * regression out too, when one did.
	 */
	public record Substitution(String slug, String name, FlagCode filter, Outcome outcome, String replacementSlug,
			String replacementName, FlagCode refusedBy) {
	}

	/** What became of an exercise that was ruled out. */
	public enum Outcome {

		/** Its regression takes its place. */
		REPLACED,
		/** Left out: it has no easier version. */
		NO_EASIER_VERSION,
		/** Left out: its easier version is ruled out too ({@code refusedBy}). */
		EASIER_NOT_SUITABLE,
		/** Left out: its easier version was swapped out as well. */
		EASIER_ALSO_SWAPPED,
		/** Left out: its easier version is already in the routine. */
		EASIER_ALREADY_IN

	}

	/** The red-flag questions alone ("something new or worse?"): a level and flags, never a routine. */
	public Assessment assessRedFlags(Set<FlagCode> redFlags, RulesCatalogue catalogue) {
		Set<FlagCode> codes = EnumSet.noneOf(FlagCode.class);
		redFlags.stream().filter(FlagCode::isQuestion).forEach(codes::add);
		return new Assessment(levelOf(codes), flags(codes, catalogue), null);
	}

	/** Most serious first, then in docs/clinical-rules.md's order, each with its words. */
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
		painFlag(intake.painNow()).ifPresent(codes::add);
		if (intake.painAreas().contains(PainArea.BOTH_LEGS)) {
			codes.add(FlagCode.BILATERAL_LEG_SYMPTOMS);
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
		if (intake.clearedForExercise() == Clearance.NOT_YET_CHECKED) {
			codes.add(FlagCode.NOT_CLEARED);
		}
		if (intake.clearedForExercise() == Clearance.NO) {
			codes.add(FlagCode.TOLD_TO_WAIT);
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
				|| intake.painNow() >= HIGH_PAIN_FROM) {
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

	/** Every filter that rules this exercise out, in docs/clinical-rules.md's order: what its page says. */
	static List<FlagCode> filtersRulingOut(ExerciseFacts exercise) {
		return FILTER_ORDER.stream().filter(filter -> rulesOut(filter, exercise)).toList();
	}

	private static boolean rulesOut(FlagCode filter, ExerciseFacts exercise) {
		return switch (filter) {
			case NOT_CLEARED -> !exercise.beforeClearance();
			case TOLD_TO_WAIT -> !(exercise.slug().equals(WALKING)
					|| exercise.beforeClearance() && exercise.category() == Category.BREATHING);
			case DIASTASIS, RECENT_CESAREAN -> exercise.abdominalLoad() == Load.HIGH;
			case PELVIC_FLOOR_SYMPTOMS -> exercise.pelvicFloorLoad() == Load.HIGH;
			case PELVIC_GIRDLE_PAIN -> exercise.asymmetric();
			case HIGH_PAIN -> exercise.difficulty() == 3;
			default -> false;
		};
	}

	private Built build(Intake intake, Set<FlagCode> codes, Set<String> swappedOut, RulesCatalogue catalogue) {
		int phase = phaseFor(intake, codes);
		RoutineFacts routine = catalogue.phaseRoutines().get(phase);
		String phaseReason = reasons.phase(phase, intake, codes);
		boolean halve = codes.contains(FlagCode.HIGH_PAIN);
		boolean toldToWait = codes.contains(FlagCode.TOLD_TO_WAIT);
		Map<String, PlannedExercise> chosen = new LinkedHashMap<>();
		List<Exclusion> excluded = new ArrayList<>();
		List<Substitution> substitutions = new ArrayList<>();
		for (DosageFacts item : routine.items()) {
			ExerciseFacts exercise = catalogue.exercises().get(item.slug());
			if (chosen.containsKey(item.slug())) {
				continue;
			}
			Optional<FlagCode> filter = exclusionReason(exercise, codes);
			if (filter.isEmpty() && !swappedOut.contains(item.slug())) {
				chosen.put(item.slug(), planned(exercise, item, halve, reasons.chosen(exercise.summary(), toldToWait)));
				continue;
			}
			excluded.add(new Exclusion(item.slug(), filter.map(FlagCode::name).orElse(SWAPPED)));
			Substitution substitution = substitute(exercise, filter.orElse(null), codes, swappedOut, chosen.keySet(),
					catalogue);
			substitutions.add(substitution);
			if (substitution.outcome() == Outcome.REPLACED) {
				ExerciseFacts easier = catalogue.exercises().get(substitution.replacementSlug());
				String reason = filter.map(code -> reasons.substitute(exercise.name(), code))
					.orElseGet(() -> reasons.swappedIn(exercise.name()));
				chosen.put(easier.slug(), planned(easier, easier.ownDosage(), halve, reasons.chosen(reason, toldToWait)));
			}
		}
		if (chosen.isEmpty()) {
			for (String slug : ALWAYS_SAFE) {
				ExerciseFacts safe = catalogue.exercises().get(slug);
				String reason = toldToWait ? reasons.chosen(safe.summary(), true) : reasons.alwaysSafe();
				chosen.put(slug, planned(safe, safe.ownDosage(), halve, reason));
			}
		}
		List<PlannedExercise> exercises = List.copyOf(chosen.values());
		int seconds = exercises.stream()
			.mapToInt(e -> ExerciseTiming.seconds(e.sets(), e.reps(), e.holdSeconds(), e.perSide(), e.restSeconds()))
			.sum();
		PersonalRoutine plan = new PersonalRoutine(routine.slug(), routine.title(), phase, phaseReason, exercises, List.copyOf(excluded),
				routine.timesPerWeek(), ExerciseTiming.minutes(seconds));
		return new Built(plan, List.copyOf(substitutions));
	}

	/** The reason code of an exercise left out because it was swapped out after she reported pain. */
	public static final String SWAPPED = "SWAPPED";

	private record Built(PersonalRoutine plan, List<Substitution> substitutions) {
	}

	/**
	 * The one substitution, for the intake's filter and a day's swaps alike: its
	 * regression comes in when that passes the same filter, is not swapped out itself and
	 * is not already in; otherwise the exercise is left out, and the outcome says why.
	 */
	private static Substitution substitute(ExerciseFacts exercise, FlagCode filter, Set<FlagCode> codes,
			Set<String> swappedOut, Set<String> alreadyIn, RulesCatalogue catalogue) {
		ExerciseFacts easier = exercise.regression() == null ? null : catalogue.exercises().get(exercise.regression());
		if (easier == null) {
			return new Substitution(exercise.slug(), exercise.name(), filter, Outcome.NO_EASIER_VERSION, null, null, null);
		}
		Optional<FlagCode> refusedBy = exclusionReason(easier, codes);
		Outcome outcome = refusedBy.isPresent() ? Outcome.EASIER_NOT_SUITABLE
				: swappedOut.contains(easier.slug()) ? Outcome.EASIER_ALSO_SWAPPED
				: alreadyIn.contains(easier.slug()) ? Outcome.EASIER_ALREADY_IN : Outcome.REPLACED;
		return new Substitution(exercise.slug(), exercise.name(), filter, outcome, easier.slug(), easier.name(),
				refusedBy.orElse(null));
	}

	private PlannedExercise planned(ExerciseFacts exercise, DosageFacts dosage, boolean halve, String reason) {
		int sets = halve ? Math.max(1, dosage.sets() / 2) : dosage.sets();
		String why = halve && sets < dosage.sets() ? reasons.halved(reason) : reason;
		return new PlannedExercise(exercise.slug(), exercise.name(), sets, dosage.reps(), dosage.holdSeconds(),
				dosage.perSide(), dosage.restSeconds(), why);
	}

}
