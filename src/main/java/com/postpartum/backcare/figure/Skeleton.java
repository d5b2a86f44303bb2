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
		NEAR_TOE(Body.FOOT_WIDTH / 2), FAR_TOE(Body.FOOT_WIDTH / 2);

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

	private static double angle(Pose pose, Joint joint, boolean near) {
		return near ? pose.near(joint) : pose.far(joint);
	}

}
