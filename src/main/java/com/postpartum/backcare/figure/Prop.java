package com.postpartum.backcare.figure;

import java.util.Arrays;
import java.util.Optional;

/**
 * Something drawn with the figure. A prop that carries the body (chair, pillow) sits under a
 * body point, its top where that point rests in the first keyframe; the others are placed by
 * the body (a ball between the knees, a band from the hands, a wall behind).
 */
public enum Prop {

	MAT("mat", null), CHAIR("chair", Contact.SACRUM), PILLOW("pillow", Contact.HEAD), WALL("wall", null),
	BAND("band", Contact.NEAR_HAND), BALL("ball", Contact.NEAR_KNEE);

	private final String code;

	private final Contact defaultUnder;

	Prop(String code, Contact defaultUnder) {
		this.code = code;
		this.defaultUnder = defaultUnder;
	}

	public String code() {
		return code;
	}

	/** The body point it goes with when the file names none; null when it needs none. */
	public Contact defaultUnder() {
		return defaultUnder;
	}

	/** True for a prop the body rests on, so its top is a surface. */
	public boolean carries() {
		return this == CHAIR || this == PILLOW;
	}

	public static Optional<Prop> fromCode(String code) {
		return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
	}

	public static String allowed() {
		return String.join(", ", Arrays.stream(values()).map(Prop::code).toList());
	}

	/** A prop placed at a body point. */
	public record Placed(Prop prop, Contact at) {
	}

}
