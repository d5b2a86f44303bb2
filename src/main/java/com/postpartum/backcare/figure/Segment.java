package com.postpartum.backcare.figure;

/** The drawn parts of the figure a target muscle can lie on; the highlight colours both sides. */
public enum Segment {
	PELVIS, THORAX, NECK, UPPER_ARM, FOREARM, THIGH, SHANK, FOOT
}
