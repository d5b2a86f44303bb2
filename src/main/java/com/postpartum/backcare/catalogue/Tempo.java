package com.postpartum.backcare.catalogue;

/**
 * The pace of one repetition: move into the shape, hold it, return. The figure's animation
 * and the session player share it, so the figure moves with the count
 * (docs/content-guide.md, "Tempo"). Breathing exercises follow a breath instead: in, then a
 * longer breath out.
 */
public record Tempo(int moveSeconds, int holdSeconds, int returnSeconds) {

	static final int MOVE_SECONDS = 2;

	static final int RETURN_SECONDS = 2;

	static final int BREATH_IN_SECONDS = 4;

	static final int BREATH_OUT_SECONDS = 6;

	/** The tempo of an exercise of this category with this hold (none when null). */
	public static Tempo of(Category category, Integer holdSeconds) {
		int hold = holdSeconds == null ? 0 : holdSeconds;
		return category == Category.BREATHING ? new Tempo(BREATH_IN_SECONDS, hold, BREATH_OUT_SECONDS)
				: new Tempo(MOVE_SECONDS, hold, RETURN_SECONDS);
	}

	public int repSeconds() {
		return moveSeconds + holdSeconds + returnSeconds;
	}

}
