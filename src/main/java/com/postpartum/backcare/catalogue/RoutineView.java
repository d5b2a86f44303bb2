package com.postpartum.backcare.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A curated routine as pages and the API show it: its exercises in order with this routine's dosage. */
public record RoutineView(String slug, String title, String summary, String description, @Nullable Integer phase,
		int timesPerWeek, TimeOfDay timeOfDay, int estimatedMinutes, List<String> sources, List<Step> exercises) {

	public record Step(String slug, String name, String summary, int sets, @Nullable Integer reps,
			@Nullable Integer holdSeconds, boolean perSide, int restSeconds, @Nullable String note) {
	}

	static RoutineView of(Routine routine) {
		return new RoutineView(routine.getSlug(), routine.getTitle(), routine.getSummary(), routine.getDescription(),
				routine.getPhase(), routine.getTimesPerWeek(), routine.getTimeOfDay(), routine.getEstimatedMinutes(),
				routine.getSources(), routine.getSteps().stream().map(step -> {
					Dosage dosage = step.getDosage();
					Exercise exercise = step.getExercise();
					return new Step(exercise.getSlug(), exercise.getName(), exercise.getSummary(), dosage.sets(),
							dosage.reps(), dosage.holdSeconds(), dosage.perSide(), dosage.restSeconds(),
							step.getNote());
				}).toList());
	}

}
