package com.postpartum.backcare.figure;

import java.util.EnumMap;
import java.util.Map;

/**
 * One keyframe, every angle resolved: the absolute direction of the pelvis and lumbar
 * segment ({@code trunk}, degrees counter-clockwise from the picture's right, so 90 is upright
 * and 180 lying on the back with the head to the left) and each joint relative to its parent.
 */
public record Pose(String name, double trunk, Map<Joint, Double> near, Map<Joint, Double> far) {

	public Pose {
		near = new EnumMap<>(near);
		far = new EnumMap<>(far);
	}

	public double near(Joint joint) {
		return near.getOrDefault(joint, 0.0);
	}

	/** A far-side value; the spine and the neck have one value, kept in {@code near}. */
	public double far(Joint joint) {
		return joint.sided() ? far.getOrDefault(joint, near(joint)) : near(joint);
	}

}
