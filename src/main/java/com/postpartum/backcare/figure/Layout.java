package com.postpartum.backcare.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.postpartum.backcare.figure.Skeleton.Point;
import com.postpartum.backcare.figure.Skeleton.Xy;

/**
 * Where the figure stands in its frame, so authors never give coordinates: in every keyframe
 * the lowest body point rests on the floor, the base's first contact not lifted keeps its place
 * along the floor, and the whole movement is centred in the frame. Props sit under the body
 * point they carry, as it rests in the first keyframe.
 */
final class Layout {

	/** The frame (SVG viewBox) of one figure: 160 by 140 units, her height being 100. */
	static final double WIDTH = 160;

	static final double HEIGHT = 140;

	/** How far above the frame's bottom the floor lies (room for the mat and the floor line). */
	static final double FLOOR = 10;

	static final double MARGIN = 1;

	static final double PROP_HALF_WIDTH = 10;

	static final double PILLOW_HALF_WIDTH = 8;

	/** A prop the body rests on: its top and its span along the floor, in floor coordinates. */
	record Surface(Prop prop, double left, double right, double top) {
	}

	private final Illustration illustration;

	private final List<Map<Point, Xy>> placed = new ArrayList<>();

	private final List<Xy> hips = new ArrayList<>();

	private final List<Surface> surfaces = new ArrayList<>();

	private double left = Double.MAX_VALUE;

	private double right = -Double.MAX_VALUE;

	private double top = -Double.MAX_VALUE;

	Layout(Illustration illustration) {
		this.illustration = illustration;
		Point anchor = anchor(illustration);
		double anchorX = 0;
		for (int k = 0; k < illustration.keyframes().size(); k++) {
			Map<Point, Xy> points = Skeleton.points(illustration.keyframes().get(k), illustration.view());
			double lowest = points.entrySet().stream().mapToDouble(e -> e.getValue().y() - e.getKey().radius).min()
				.orElse(0);
			if (k == 0) {
				anchorX = points.get(anchor).x();
			}
			double dx = anchorX - points.get(anchor).x();
			double dy = -lowest;
			Map<Point, Xy> moved = new java.util.EnumMap<>(Point.class);
			points.forEach((point, xy) -> moved.put(point, xy.shift(dx, dy)));
			placed.add(moved);
			hips.add(new Xy(dx, dy));
		}
		for (Map<Point, Xy> points : placed) {
			points.forEach((point, xy) -> {
				left = Math.min(left, xy.x() - point.radius);
				right = Math.max(right, xy.x() + point.radius);
				top = Math.max(top, xy.y() + point.radius);
			});
		}
		double shift = (WIDTH - (right - left)) / 2 - left;
		for (int k = 0; k < placed.size(); k++) {
			Map<Point, Xy> points = placed.get(k);
			points.replaceAll((point, xy) -> xy.shift(shift, 0));
			hips.set(k, hips.get(k).shift(shift, 0));
		}
		left += shift;
		right += shift;
		for (Prop.Placed prop : illustration.props()) {
			if (prop.prop().carries()) {
				Xy at = placed.get(0).get(point(prop.at()));
				double half = prop.prop() == Prop.PILLOW ? PILLOW_HALF_WIDTH : PROP_HALF_WIDTH;
				double height = Math.max(2, at.y() - point(prop.at()).radius);
				surfaces.add(new Surface(prop.prop(), at.x() - half, at.x() + half, height));
			}
		}
	}

	/** The body point that holds still: the first contact of the base (or added) not lifted. */
	private static Point anchor(Illustration illustration) {
		List<Contact> contacts = illustration.contacts();
		return contacts.isEmpty() ? Point.HIP : point(contacts.get(0));
	}

	/** The body point of a contact; a foot's is its heel (the toe is checked with it). */
	static Point point(Contact contact) {
		return switch (contact) {
			case HEAD -> Point.HEAD;
			case SHOULDERS -> Point.SHOULDER;
			case SACRUM -> Point.HIP;
			case NEAR_ELBOW -> Point.NEAR_ELBOW;
			case FAR_ELBOW -> Point.FAR_ELBOW;
			case NEAR_HAND -> Point.NEAR_HAND;
			case FAR_HAND -> Point.FAR_HAND;
			case NEAR_KNEE -> Point.NEAR_KNEE;
			case FAR_KNEE -> Point.FAR_KNEE;
			case NEAR_FOOT -> Point.NEAR_HEEL;
			case FAR_FOOT -> Point.FAR_HEEL;
		};
	}

	/** The lowest surface point of a contact: for a foot the lower of heel and toe. */
	double bottom(int keyframe, Contact contact) {
		Map<Point, Xy> points = placed.get(keyframe);
		Point p = point(contact);
		double bottom = points.get(p).y() - p.radius;
		if (contact == Contact.NEAR_FOOT || contact == Contact.FAR_FOOT) {
			Point toe = contact == Contact.NEAR_FOOT ? Point.NEAR_TOE : Point.FAR_TOE;
			bottom = Math.min(bottom, points.get(toe).y() - toe.radius);
		}
		return bottom;
	}

	double x(int keyframe, Contact contact) {
		return placed.get(keyframe).get(point(contact)).x();
	}

	/** The height of what lies under this point along the floor: a prop's top, or the floor (0). */
	double surfaceAt(double x) {
		return surfaces.stream().filter(s -> x >= s.left() && x <= s.right()).mapToDouble(Surface::top).max()
			.orElse(0);
	}

	Illustration illustration() {
		return illustration;
	}

	List<Map<Point, Xy>> keyframes() {
		return placed;
	}

	/** Where the hip (the figure's root) is in each keyframe, in floor coordinates. */
	List<Xy> hips() {
		return hips;
	}

	List<Surface> surfaces() {
		return surfaces;
	}

	double left() {
		return left;
	}

	double right() {
		return right;
	}

	double top() {
		return top;
	}

}
