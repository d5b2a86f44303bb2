package com.postpartum.backcare.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The rules' answer, in the exact shape of docs/clinical-rules.md's API answer. */
public record Assessment(Level level, List<Flag> flags, @Nullable PersonalRoutine routine) {

	public record Flag(FlagCode code, Level level, String title, String advice) {
	}

	public record PersonalRoutine(String slug, String title, int phase, List<PlannedExercise> exercises,
			List<Exclusion> excluded, int timesPerWeek, int estimatedMinutes) {
	}

	public record PlannedExercise(String slug, String name, int sets, @Nullable Integer reps,
			@Nullable Integer holdSeconds, boolean perSide, int restSeconds, String reason) {
	}

	/** An exercise of the phase routine left out, and the code of the flag that ruled it out. */
	public record Exclusion(String slug, String reason) {
	}

	public boolean hasFlag(FlagCode code) {
		return flags.stream().anyMatch(flag -> flag.code() == code);
	}

}
