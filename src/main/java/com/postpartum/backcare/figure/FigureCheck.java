package com.postpartum.backcare.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.postpartum.backcare.figure.Skeleton.Point;
import com.postpartum.backcare.figure.Skeleton.Xy;

/**
 * The rules a pose must keep (docs/content-guide.md, "Illustration"): at least two
 * keyframes, every angle within its joint's range, the figure inside its frame, the base's
 * contacts resting on the floor or their prop and nothing sinking below it, and near and far
 * limbs that differ somewhere for a one-sided exercise. A pure function, so each rule has a
 * fast test; fields are named as in the file ({@code keyframes[1].far.hip}).
 */
public final class FigureCheck {

	/** How far a contact may float above (or sink into) its surface: 3 % of her height. */
	public static final double CONTACT_TOLERANCE = 3;

	/** One thing wrong, with the field as written under {@code illustration}. */
	public record Problem(String field, String message) {
	}

	private FigureCheck() {
	}

	public static List<Problem> check(Illustration illustration, boolean oneSided) {
		List<Problem> problems = new ArrayList<>();
		List<Pose> keyframes = illustration.keyframes();
		if (keyframes.size() < 2) {
			problems.add(new Problem("keyframes", "needs at least two keyframes (a start and an end), not "
					+ keyframes.size()));
		}
		for (int k = 0; k < keyframes.size(); k++) {
			ranges(keyframes.get(k), "keyframes[" + k + "].", problems);
		}
		if (!problems.isEmpty() || keyframes.isEmpty()) {
			return problems;
		}
		Layout layout = new Layout(illustration);
		for (int k = 0; k < keyframes.size(); k++) {
			String field = "keyframes[" + k + "]";
			frame(layout, k, field, problems);
			contacts(layout, k, field, problems);
		}
		if (oneSided && keyframes.stream().noneMatch(FigureCheck::sidesDiffer)) {
			problems.add(new Problem("keyframes", "the exercise is done one side at a time (perSide or asymmetric), "
					+ "so the near and far limbs must differ in at least one keyframe (give the other side under far:)"));
		}
		return problems;
	}

	private static void ranges(Pose pose, String prefix, List<Problem> problems) {
		for (Joint joint : Joint.values()) {
			range(joint, pose.near().get(joint), prefix + joint.code(), problems);
			if (joint.sided()) {
				range(joint, pose.far().get(joint), prefix + "far." + joint.code(), problems);
			}
		}
	}

	private static void range(Joint joint, Double value, String field, List<Problem> problems) {
		if (value != null && !joint.allows(value)) {
			problems.add(new Problem(field, "must be from " + number(joint.min()) + " to " + number(joint.max())
					+ " degrees, not " + number(value)));
		}
	}

	private static void frame(Layout layout, int k, String field, List<Problem> problems) {
		Map<Point, Xy> points = layout.keyframes().get(k);
		List<String> sides = new ArrayList<>();
		double height = Layout.HEIGHT - Layout.FLOOR - Layout.MARGIN;
		if (points.entrySet().stream().anyMatch(e -> e.getValue().y() + e.getKey().radius > height)) {
			sides.add("top");
		}
		if (points.entrySet().stream().anyMatch(e -> e.getValue().x() - e.getKey().radius < Layout.MARGIN)) {
			sides.add("left");
		}
		if (points.entrySet().stream()
			.anyMatch(e -> e.getValue().x() + e.getKey().radius > Layout.WIDTH - Layout.MARGIN)) {
			sides.add("right");
		}
		if (!sides.isEmpty()) {
			problems.add(new Problem(field, "the figure leaves its frame at the " + String.join(" and ", sides)
					+ "; the whole movement must fit " + number(Layout.WIDTH) + " by " + number(height)
					+ " units (her height is 100)"));
		}
	}

	private static void contacts(Layout layout, int k, String field, List<Problem> problems) {
		Illustration illustration = layout.illustration();
		for (Contact contact : illustration.contacts()) {
			double surface = layout.surfaceAt(layout.x(k, contact));
			double gap = layout.bottom(k, contact) - surface;
			if (Math.abs(gap) > CONTACT_TOLERANCE) {
				String on = surface > 0 ? "its prop" : "the floor";
				problems.add(new Problem(field, contact.code() + " should rest on " + on + " but is " + number(gap)
						+ " units " + (gap > 0 ? "above" : "below") + " it (list it under lifted if it leaves " + on
						+ ")"));
			}
		}
		if (layout.surfaces().isEmpty()) {
			return;
		}
		for (Map.Entry<Point, Xy> e : layout.keyframes().get(k).entrySet()) {
			double surface = layout.surfaceAt(e.getValue().x());
			double sink = surface - (e.getValue().y() - e.getKey().radius);
			if (sink > CONTACT_TOLERANCE) {
				problems.add(new Problem(field, "the " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-')
						+ " sinks " + number(sink) + " units into the prop under it"));
				return;
			}
		}
	}

	private static boolean sidesDiffer(Pose pose) {
		for (Joint joint : Joint.values()) {
			if (joint.sided() && Math.abs(pose.near(joint) - pose.far(joint)) >= 1) {
				return true;
			}
		}
		return false;
	}

	static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

}
