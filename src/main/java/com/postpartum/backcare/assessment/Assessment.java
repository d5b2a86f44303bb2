package com.postpartum.backcare.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** The rules' answer, in the exact shape of docs/clinical-rules.md's API answer. */
public record Assessment(Level level, List<Flag> flags, @Nullable PersonalRoutine routine) {

	public record Flag(FlagCode code, Level level, String title, String advice) {
	}

	/**
	 * Her personal routine. {@code phaseReason} says once why this phase suits her; it is null only in
	 * assessments stored before triage-1.2, whose exercises' reasons each repeated it.
	 */
	public record PersonalRoutine(String slug, String title, int phase,
			@Schema(description = "Why this phase suits her, said once for the routine; null only in assessments "
					+ "stored before rules version triage-1.2, never in this API's answers") @Nullable String phaseReason,
			List<PlannedExercise> exercises, List<Exclusion> excluded, int timesPerWeek, int estimatedMinutes) {
	}

	public record PlannedExercise(String slug, String name, int sets, @Nullable Integer reps,
			@Nullable Integer holdSeconds, boolean perSide, int restSeconds,
			@Schema(description = "Why this exercise is here: what it does, whether it stands in for a harder one "
					+ "or has fewer sets, and, when she was told to wait, that her clinician comes first") String reason) {
	}

	/** An exercise of the phase routine left out, and the code of the flag that ruled it out. */
	public record Exclusion(String slug, String reason) {
	}

	public boolean hasFlag(FlagCode code) {
		return flags.stream().anyMatch(flag -> flag.code() == code);
	}

}
