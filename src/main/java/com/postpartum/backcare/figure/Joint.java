package com.postpartum.backcare.figure;

/**
 * The joints a keyframe sets, each relative to its parent segment, with the signs and the
 * ranges of docs/content-guide.md ("Illustration"). Limb joints exist on the near and the far
 * side; the spine and the neck are one.
 */
public enum Joint {

	/** Thorax against pelvis and lumbar: flexion (-) bends forward, extension (+) arches. */
	SPINE("spine", -45, 30, false),
	/** Head and neck against the thorax: flexion (-) nods forward, extension (+) looks up. */
	NECK("neck", -60, 60, false),
	/** Upper arm against the thorax: flexion (-) raises the arm forward, extension (+) takes it back. */
	SHOULDER("shoulder", -180, 60, true),
	/** Forearm against the upper arm: 0 straight, flexion (+) bends. */
	ELBOW("elbow", 0, 150, true),
	/** Thigh against the pelvis: flexion (-) brings the knee forward, extension (+) takes it back. */
	HIP("hip", -130, 30, true),
	/** Shank against the thigh: 0 straight, flexion (+) bends. */
	KNEE("knee", 0, 150, true),
	/** Foot against the shank: plantarflexion (-) points the toes, dorsiflexion (+) pulls them up. */
	ANKLE("ankle", -50, 30, true),
	/**
	 * Thigh out to the side (+) or in across the midline (-): the frontal plane, drawn only in
	 * the views from behind and from her feet, where the side view's angles keep their meaning.
	 */
	ABDUCTION("abduction", -20, 60, true);

	private final String code;

	private final double min;

	private final double max;

	private final boolean sided;

	Joint(String code, double min, double max, boolean sided) {
		this.code = code;
		this.min = min;
		this.max = max;
		this.sided = sided;
	}

	public String code() {
		return code;
	}

	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	/** True for a limb joint, which has a near and a far side. */
	public boolean sided() {
		return sided;
	}

	public boolean allows(double degrees) {
		return degrees >= min && degrees <= max;
	}

}
