package com.postpartum.backcare.catalogue;

/** How long a dosage takes: one formula for curated routines and the rules' personal routines. */
public final class ExerciseTiming {

	/** Seconds a rep takes beyond its hold: lowering, breathing, resetting. */
	static final int SECONDS_PER_REP = 4;

	/** Seconds to get into position before the first set. */
	static final int SETUP_SECONDS = 20;

	private ExerciseTiming() {
	}

	public static int seconds(int sets, Integer reps, Integer holdSeconds, boolean perSide, int restSeconds) {
		int hold = holdSeconds == null ? 0 : holdSeconds;
		int perSet = reps == null ? hold : reps * (hold + SECONDS_PER_REP);
		int sides = perSide ? 2 : 1;
		return SETUP_SECONDS + sets * perSet * sides + (sets - 1) * restSeconds;
	}

	/** Whole minutes, rounded up, for a total of seconds. */
	public static int minutes(int seconds) {
		return (int) Math.ceil(seconds / 60.0);
	}

}
