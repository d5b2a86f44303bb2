package com.postpartum.backcare.figure;

import java.util.List;
import java.util.Set;

/**
 * An exercise's figure as the content describes it (docs/content-guide.md, "Illustration"):
 * its base, the view, props, contacts lifted off the floor and added to the base's, and at
 * least two keyframes. With {@code cycle} the keyframes loop without a hold (walking).
 */
public record Illustration(Base base, View view, List<Prop.Placed> props, Set<Contact> lifted, Set<Contact> added,
		boolean cycle, List<Pose> keyframes) {

	public Illustration {
		props = List.copyOf(props);
		lifted = Set.copyOf(lifted);
		added = Set.copyOf(added);
		keyframes = List.copyOf(keyframes);
	}

	/** The contacts checked against the floor or a prop: the base's and the added, less the lifted. */
	public List<Contact> contacts() {
		java.util.LinkedHashSet<Contact> all = new java.util.LinkedHashSet<>(base.contacts());
		all.addAll(added);
		all.removeAll(lifted);
		return List.copyOf(all);
	}

	/** How the figure is seen. */
	public enum View {

		/** From her side: the picture's right is her front when she stands. */
		SIDE("side"),
		/** Side-lying, seen from her front: the hip reads as lifting the knee to the ceiling. */
		FRONT("front"),
		/** On all fours, seen from behind her: the pelvis a bar, the thighs below it, abduction shows. */
		BEHIND("behind"),
		/** Lying on her back, seen from her feet: bent knees make a tent that opens and closes. */
		FEET("feet");

		private final String code;

		View(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		/** True for the views along her body's length, where left and right are drawn apart. */
		public boolean frontal() {
			return this == BEHIND || this == FEET;
		}

		/** The one base a view other than side is drawn for. */
		public Base base() {
			return switch (this) {
				case SIDE -> null;
				case FRONT -> Base.SIDE_LYING;
				case BEHIND -> Base.QUADRUPED;
				case FEET -> Base.SUPINE;
			};
		}

		public static String allowed() {
			return String.join(", ", java.util.Arrays.stream(values()).map(View::code).toList());
		}

		public static java.util.Optional<View> fromCode(String code) {
			return java.util.Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
		}

	}

}
