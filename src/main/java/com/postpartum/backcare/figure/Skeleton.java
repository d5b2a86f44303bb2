package com.postpartum.backcare.figure;

import java.util.EnumMap;
import java.util.Map;

/**
 * Forward kinematics of one pose: every body point, with the hip at the origin, y upward,
 * angles counter-clockwise. The renderer's nested groups apply the same rotations, so what
 * the checks measure is what is drawn.
 */
final class Skeleton {

	/** The body points, each with the half width of what is drawn there (its surface lies that far away). */
	enum Point {

		HIP(Body.LOWER_TRUNK_WIDTH / 2), WAIST(Body.THORAX_WIDTH / 2), SHOULDER(Body.THORAX_WIDTH / 2),
		NECK(Body.NECK_WIDTH / 2), HEAD(Body.HEAD_RADIUS), NEAR_ELBOW(Body.UPPER_ARM_WIDTH / 2),
		FAR_ELBOW(Body.UPPER_ARM_WIDTH / 2), NEAR_HAND(Body.FOREARM_WIDTH / 2), FAR_HAND(Body.FOREARM_WIDTH / 2),
		NEAR_KNEE(Body.THIGH_WIDTH / 2), FAR_KNEE(Body.THIGH_WIDTH / 2), NEAR_ANKLE(Body.SHANK_WIDTH / 2),
		FAR_ANKLE(Body.SHANK_WIDTH / 2), NEAR_HEEL(Body.FOOT_WIDTH / 2), FAR_HEEL(Body.FOOT_WIDTH / 2),
		NEAR_TOE(Body.FOOT_WIDTH / 2), FAR_TOE(Body.FOOT_WIDTH / 2),
		/** Only in the views from behind and from her feet, where left and right are apart. */
		NEAR_HIP(Body.LOWER_TRUNK_WIDTH / 2), FAR_HIP(Body.LOWER_TRUNK_WIDTH / 2),
		NEAR_SHOULDER(Body.THORAX_WIDTH / 2), FAR_SHOULDER(Body.THORAX_WIDTH / 2);

		final double radius;

		Point(double radius) {
			this.radius = radius;
		}

	}

	record Xy(double x, double y) {

		Xy plus(double length, double degrees) {
			double r = Math.toRadians(degrees);
			return new Xy(x + length * Math.cos(r), y + length * Math.sin(r));
		}

		Xy shift(double dx, double dy) {
			return new Xy(x + dx, y + dy);
		}

	}

	private Skeleton() {
	}

	/** Joint rotations as the renderer applies them, relative to the parent segment's direction. */
	static double thighTurn(double hip) {
		return 180 - hip;
	}

	static double armTurn(double shoulder) {
		return 180 - shoulder;
	}

	static double shankTurn(double knee) {
		return -knee;
	}

	static double footTurn(double ankle) {
		return 90 + ankle;
	}

	static double legScale(Illustration.View view) {
		return view == Illustration.View.FRONT ? Body.FRONT_VIEW_LEG : 1;
	}

	static Map<Point, Xy> points(Pose pose, Illustration.View view) {
		if (view.frontal()) {
			return frontal(pose, view);
		}
		Map<Point, Xy> p = new EnumMap<>(Point.class);
		Xy hip = new Xy(0, 0);
		p.put(Point.HIP, hip);
		Xy waist = hip.plus(Body.LOWER_TRUNK, pose.trunk());
		p.put(Point.WAIST, waist);
		double thorax = pose.trunk() + pose.near(Joint.SPINE);
		Xy shoulder = waist.plus(Body.THORAX, thorax);
		p.put(Point.SHOULDER, shoulder);
		double head = thorax + pose.near(Joint.NECK);
		p.put(Point.NECK, shoulder.plus(Body.NECK, head));
		p.put(Point.HEAD, shoulder.plus(Body.HEAD_CENTRE, head));
		arm(p, pose, shoulder, thorax, true);
		arm(p, pose, shoulder, thorax, false);
		double scale = legScale(view);
		leg(p, pose, hip, scale, true);
		leg(p, pose, hip, scale, false);
		return p;
	}

	private static void arm(Map<Point, Xy> p, Pose pose, Xy shoulder, double thorax, boolean near) {
		double upper = thorax + armTurn(angle(pose, Joint.SHOULDER, near));
		Xy elbow = shoulder.plus(Body.UPPER_ARM, upper);
		double fore = upper + angle(pose, Joint.ELBOW, near);
		p.put(near ? Point.NEAR_ELBOW : Point.FAR_ELBOW, elbow);
		p.put(near ? Point.NEAR_HAND : Point.FAR_HAND, elbow.plus(Body.FOREARM, fore));
	}

	private static void leg(Map<Point, Xy> p, Pose pose, Xy hip, double scale, boolean near) {
		double thigh = pose.trunk() + thighTurn(angle(pose, Joint.HIP, near));
		Xy knee = hip.plus(Body.THIGH * scale, thigh);
		double shank = thigh + shankTurn(angle(pose, Joint.KNEE, near));
		Xy ankle = knee.plus(Body.SHANK * scale, shank);
		double foot = shank + footTurn(angle(pose, Joint.ANKLE, near));
		// Heel and toe sit on the sole, below the ankle in the foot's own frame.
		Xy sole = ankle.plus(-Body.SOLE_Y, foot - 90);
		p.put(near ? Point.NEAR_KNEE : Point.FAR_KNEE, knee);
		p.put(near ? Point.NEAR_ANKLE : Point.FAR_ANKLE, ankle);
		p.put(near ? Point.NEAR_HEEL : Point.FAR_HEEL, sole.plus(Body.HEEL_X, foot));
		p.put(near ? Point.NEAR_TOE : Point.FAR_TOE, sole.plus(Body.TOE_X, foot));
	}

	/**
	 * The pose seen along her body (from behind, or from her feet): x across her, near side to
	 * the right, y up. Every height is the side view's, so the side-view angles keep their
	 * meaning; the arms hang in their own planes at the shoulders, and each leg turns out by its
	 * abduction, from behind about her body's long axis through the hip (the knee swings out and
	 * up, the shin with it), from her feet about the line from the hip to the heel (the feet stay
	 * put and the knee falls out).
	 */
	private static Map<Point, Xy> frontal(Pose pose, Illustration.View view) {
		Map<Point, Xy> side = points(pose, Illustration.View.SIDE);
		Map<Point, Xy> p = new EnumMap<>(Point.class);
		for (Point q : new Point[] { Point.HIP, Point.WAIST, Point.SHOULDER, Point.NECK, Point.HEAD }) {
			p.put(q, new Xy(0, side.get(q).y()));
		}
		double shoulder = side.get(Point.SHOULDER).y();
		p.put(Point.NEAR_SHOULDER, new Xy(Body.SHOULDER_JOINT_HALF, shoulder));
		p.put(Point.FAR_SHOULDER, new Xy(-Body.SHOULDER_JOINT_HALF, shoulder));
		p.put(Point.NEAR_HIP, new Xy(Body.HIP_JOINT_HALF, 0));
		p.put(Point.FAR_HIP, new Xy(-Body.HIP_JOINT_HALF, 0));
		for (boolean near : new boolean[] { true, false }) {
			double x = near ? Body.SHOULDER_JOINT_HALF : -Body.SHOULDER_JOINT_HALF;
			for (Point q : near ? new Point[] { Point.NEAR_ELBOW, Point.NEAR_HAND }
					: new Point[] { Point.FAR_ELBOW, Point.FAR_HAND }) {
				p.put(q, new Xy(x, side.get(q).y()));
			}
			frontalLeg(p, side, pose, view, near);
		}
		return p;
	}

	private static void frontalLeg(Map<Point, Xy> p, Map<Point, Xy> side, Pose pose, Illustration.View view,
			boolean near) {
		Point[] leg = near ? new Point[] { Point.NEAR_KNEE, Point.NEAR_ANKLE, Point.NEAR_HEEL, Point.NEAR_TOE }
				: new Point[] { Point.FAR_KNEE, Point.FAR_ANKLE, Point.FAR_HEEL, Point.FAR_TOE };
		// The axis the leg turns about, in the side view's plane (along her, up); Rodrigues' rotation.
		double kx = 1;
		double ky = 0;
		if (view == Illustration.View.FEET) {
			Xy heel = side.get(leg[2]);
			double length = Math.hypot(heel.x(), heel.y());
			kx = heel.x() / length;
			ky = heel.y() / length;
		}
		Xy knee = side.get(leg[0]);
		double out = kx * knee.y() - ky * knee.x() < 0 ? -1 : 1;
		double a = Math.toRadians(angle(pose, Joint.ABDUCTION, near) * out);
		double sign = near ? 1 : -1;
		for (Point q : leg) {
			Xy v = side.get(q);
			double along = kx * v.x() + ky * v.y();
			double z = (kx * v.y() - ky * v.x()) * Math.sin(a);
			double y = v.y() * Math.cos(a) + ky * along * (1 - Math.cos(a));
			p.put(q, new Xy(sign * (Body.HIP_JOINT_HALF + z), y));
		}
	}

	private static double angle(Pose pose, Joint joint, boolean near) {
		return near ? pose.near(joint) : pose.far(joint);
	}

}
