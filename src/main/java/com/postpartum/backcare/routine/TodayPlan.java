package com.postpartum.backcare.routine;

import java.util.List;

import com.postpartum.backcare.assessment.Assessment;
import com.postpartum.backcare.catalogue.ExerciseView;
import com.postpartum.backcare.routine.ProgressRules.SwapReason;

/**
 * What /today shows: the assessment it follows, today's exercises with their dosage, the
 * swaps made since last time, and today's session if she has started one.
 */
public record TodayPlan(Assessment assessment, List<Step> steps, List<Swap> swaps, PracticeSession session) {

	/** EMERGENCY and URGENT answers stop the routine: no exercise at all. */
	public boolean allowsExercise() {
		return assessment.routine() != null;
	}

	public boolean isStarted() {
		return session != null;
	}

	public boolean isFinished() {
		return session != null && session.isCompleted();
	}

	public record Step(ExerciseView exercise, int sets, Integer reps, Integer holdSeconds, boolean perSide,
			int restSeconds) {
	}

	/** An exercise swapped for its easier version (or left out when it has none), and why. */
	public record Swap(String original, String replacement, SwapReason reason) {
	}

}
