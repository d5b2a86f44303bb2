package com.postpartum.backcare.figure;

/**
 * The figure's segment lengths and widths in units of her standing height (100 units), from
 * standard anthropometric proportions (docs/content-guide.md, "Illustration"). The trunk,
 * shoulder to hip, is drawn as two segments so a tilt or a hinge shows.
 */
final class Body {

	static final double LOWER_TRUNK = 12.0;

	static final double THORAX = 16.8;

	static final double NECK = 5.0;

	/** The head's centre from the shoulder, and its radius: the head and neck measure 18.2. */
	static final double HEAD_CENTRE = 12.1;

	static final double HEAD_RADIUS = 6.1;

	static final double UPPER_ARM = 18.6;

	/** Forearm with a small closed hand. */
	static final double FOREARM = 14.6 + 3.5;

	static final double THIGH = 24.5;

	static final double SHANK = 24.6;

	/** Heel and toe in the foot's frame (along the foot, toward the shank): 15.2 long, ankle 3.9 high. */
	static final double HEEL_X = -1.5;

	static final double TOE_X = 10.5;

	static final double SOLE_Y = -2.2;

	static final double LOWER_TRUNK_WIDTH = 11;

	static final double THORAX_WIDTH = 12;

	static final double NECK_WIDTH = 4.5;

	static final double UPPER_ARM_WIDTH = 5;

	static final double FOREARM_WIDTH = 4.4;

	static final double THIGH_WIDTH = 7.5;

	static final double SHANK_WIDTH = 5.5;

	static final double FOOT_WIDTH = 3.4;

	/** Legs seen from her front (side-lying) point toward the viewer, so they look shorter. */
	static final double FRONT_VIEW_LEG = 0.6;

	/** Seen from behind or from her feet: each hip joint and each shoulder joint this far from her midline. */
	static final double HIP_JOINT_HALF = 5;

	static final double SHOULDER_JOINT_HALF = 11;

	private Body() {
	}

}
