package com.postpartum.backcare.assessment;

import java.util.List;
import java.util.Map;

import com.postpartum.backcare.catalogue.Category;
import com.postpartum.backcare.catalogue.Load;

/**
 * What the rules need to know of the catalogue, as plain values: the three phase routines,
 * every exercise's safety facts, and the flags' words. No entity, no Spring.
 */
public record RulesCatalogue(Map<Integer, RoutineFacts> phaseRoutines, Map<String, ExerciseFacts> exercises,
		Map<FlagCode, FlagText> flagTexts) {

	public RulesCatalogue {
		phaseRoutines = Map.copyOf(phaseRoutines);
		exercises = Map.copyOf(exercises);
		flagTexts = Map.copyOf(flagTexts);
	}

	/** A phase routine template: exercises in order with this routine's dosage. */
	public record RoutineFacts(String slug, String title, int phase, int timesPerWeek, List<DosageFacts> items) {
	}

	/** An exercise and how much of it. */
	public record DosageFacts(String slug, int sets, Integer reps, Integer holdSeconds, boolean perSide, int restSeconds) {
	}

	/** The safety attributes the filter reads, plus the exercise's own dosage for substitutes. */
	public record ExerciseFacts(String slug, String name, String summary, Category category, Load abdominalLoad,
			Load pelvicFloorLoad, boolean asymmetric, boolean beforeClearance, int difficulty, String regression,
			DosageFacts ownDosage) {
	}

	/** A flag in words for a tired parent: what it may mean, what to do, how soon. */
	public record FlagText(String title, String advice) {
	}

}
