package com.postpartum.backcare.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A curated routine as pages and the API show it: its exercises in order with this routine's dosage. */
public record RoutineView(String slug, String title, String summary, String description, @Nullable Integer phase,
		int timesPerWeek, TimeOfDay timeOfDay, int estimatedMinutes, List<String> sources, List<Item> exercises) {

	/**
	 * A routine with a phase (1-3): the rules choose her personal routine from these
	 * (docs/clinical-rules.md, section 4); the others follow one article each.
	 */
	@JsonIgnore
	public boolean isPhaseRoutine() {
		return phase != null;
	}

	public record Item(String slug, String name, String summary, int sets, @Nullable Integer reps,
			@Nullable Integer holdSeconds, boolean perSide, int restSeconds, @Nullable String note) {
	}

	static RoutineView of(Routine routine) {
		return new RoutineView(routine.getSlug(), routine.getTitle(), routine.getSummary(), routine.getDescription(),
				routine.getPhase(), routine.getTimesPerWeek(), routine.getTimeOfDay(), routine.getEstimatedMinutes(),
				routine.getSources(), routine.getItems().stream().map(item -> {
					Dosage dosage = item.getDosage();
					Exercise exercise = item.getExercise();
					return new Item(exercise.getSlug(), exercise.getName(), exercise.getSummary(), dosage.sets(),
							dosage.reps(), dosage.holdSeconds(), dosage.perSide(), dosage.restSeconds(),
							item.getNote());
				}).toList());
	}

}
