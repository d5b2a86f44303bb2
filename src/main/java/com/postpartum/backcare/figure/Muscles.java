package com.postpartum.backcare.figure;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which drawn segments an exercise's {@code muscles} lie on, read from the words clinicians
 * write (glutes, hamstrings, deep abdominals, pelvic floor, ...). A word it does not know
 * highlights nothing; the description names every muscle anyway.
 */
public final class Muscles {

	private Muscles() {
	}

	public static Set<Segment> segments(List<String> muscles) {
		Set<Segment> segments = EnumSet.noneOf(Segment.class);
		for (String muscle : muscles) {
			String m = muscle.toLowerCase(Locale.ROOT);
			if (has(m, "glute", "bottom", "buttock", "hip rotator", "pelvic floor", "hip abductor")) {
				segments.add(Segment.PELVIS);
			}
			if (has(m, "abdomin", "core", "transvers", "rectus", "oblique", "tummy", "diaphragm", "breath")) {
				segments.add(Segment.PELVIS);
				segments.add(Segment.THORAX);
			}
			if (has(m, "spin", "back extensor", "erector", "lower back", "low back")) {
				segments.add(Segment.PELVIS);
				segments.add(Segment.THORAX);
			}
			if (has(m, "upper back", "lat", "rhomboid", "chest", "rib", "thoracic")) {
				segments.add(Segment.THORAX);
			}
			if (has(m, "shoulder", "deltoid", "arm", "tricep", "bicep")) {
				segments.add(Segment.UPPER_ARM);
			}
			if (has(m, "hamstring", "quad", "thigh", "hip flexor", "adductor", "inner thigh", "groin")) {
				segments.add(Segment.THIGH);
			}
			if (has(m, "calf", "calves", "shin")) {
				segments.add(Segment.SHANK);
			}
			if (has(m, "neck")) {
				segments.add(Segment.NECK);
			}
		}
		return segments;
	}

	private static boolean has(String text, String... words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
