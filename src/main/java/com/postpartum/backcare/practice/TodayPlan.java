package com.postpartum.backcare.practice;

import java.util.List;
import java.util.Set;

import com.postpartum.backcare.assessment.Assessment;
import com.postpartum.backcare.assessment.FlagCode;
import com.postpartum.backcare.assessment.TriageRules;
import com.postpartum.backcare.catalogue.ExerciseView;
import com.postpartum.backcare.catalogue.Tempo;
import com.postpartum.backcare.practice.ProgressRules.ReviewCause;
import com.postpartum.backcare.practice.ProgressRules.SwapReason;

/**
 * What /today shows: the assessment it follows, whether today allows exercise, today's
 * exercises with their dosage, the swaps made and ended since last time, the clinician
 * review advice, and today's session if she has started one.
 */
public record TodayPlan(Assessment assessment, Status status, List<Item> items, List<Swap> swaps,
		List<String> restored, boolean highPain, Set<ReviewCause> review, PracticeSession session) {

	/** Whether today allows exercise, and if not, why. */
	public enum Status {

		/** Her latest answer allows a routine and today's pain does not stop it. */
		EXERCISE,
		/** Her latest answer (or a red flag answered since) stops all exercise. */
		ASSESSMENT_STOPS_EXERCISE,
		/** Her pain before today's session was 8 or more: no session today. */
		STOPPED_FOR_PAIN

	}

	public boolean allowsExercise() {
		return status == Status.EXERCISE;
	}

	public boolean isStoppedByAssessment() {
		return status == Status.ASSESSMENT_STOPS_EXERCISE;
	}

	public boolean isStoppedForPain() {
		return status == Status.STOPPED_FOR_PAIN;
	}

	public boolean isStarted() {
		return session != null;
	}

	public boolean isFinished() {
		return session != null && session.isCompleted();
	}

	/** Pain after of 8 or more: SEVERE_PAIN's advice comes before anything else on the saved page. */
	public boolean severePainAfter() {
		return isFinished() && session.getPainAfter() != null
				&& TriageRules.painFlag(session.getPainAfter()).orElse(null) == FlagCode.SEVERE_PAIN;
	}

	public record Item(ExerciseView exercise, int sets, Integer reps, Integer holdSeconds, boolean perSide,
			int restSeconds) {
		/** The pace of one rep with today's hold: the player counts at it and the figure moves at it. */
		public Tempo tempo() {
			return Tempo.of(exercise.category(), holdSeconds);
		}

	}

	/**
	 * An exercise swapped out after she reported pain, and what became of it: replaced by its
	 * easier version, or left out with the outcome saying why ({@code refusedBy} names the
	 * flag that ruled the easier version out, when one did).
	 */
	public record Swap(String original, SwapReason reason, TriageRules.Outcome outcome, String replacement,
			FlagCode refusedBy) {
	}

}
