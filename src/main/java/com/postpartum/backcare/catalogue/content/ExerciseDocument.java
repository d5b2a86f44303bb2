package com.postpartum.backcare.catalogue.content;

import java.util.List;

/** An exercise file as written, before validation: every field may be missing or wrong. */
public record ExerciseDocument(String slug, String name, String summary, String purpose, String category,
		String position, List<String> equipment, Integer difficulty, List<Integer> phases, List<String> muscles,
		List<String> steps, List<String> cues, List<String> mistakes, DosageDocument dosage, String abdominalLoad,
		String pelvicFloorLoad, Boolean asymmetric, Boolean beforeClearance, String regression, String progression,
		List<String> stopIf, List<String> related, List<String> sources, ProvenanceDocument provenance,
		IllustrationDocument illustration) {

	public record DosageDocument(Integer sets, Integer reps, Integer holdSeconds, Boolean perSide, Integer restSeconds,
			String note) {
	}

	/**
	 * The exercise's figure as written (docs/content-guide.md, "Illustration"): a base, an
	 * optional view, props ({@code chair} or {@code chair under near-hand}), contacts lifted off
	 * or added to the base's, and keyframes.
	 */
	public record IllustrationDocument(String base, String view, List<String> props, List<String> lifted,
			List<String> contacts, Boolean cycle, List<KeyframeDocument> keyframes) {
	}

	/** One keyframe: a name, the trunk's direction, joint angles (near side), and the far side where it differs. */
	public record KeyframeDocument(String name, Double trunk, Double spine, Double neck, Double shoulder,
			Double elbow, Double hip, Double knee, Double ankle, LimbDocument far, Double abduction) {

		/** A keyframe without abduction (every view but behind and feet). */
		public KeyframeDocument(String name, Double trunk, Double spine, Double neck, Double shoulder, Double elbow,
				Double hip, Double knee, Double ankle, LimbDocument far) {
			this(name, trunk, spine, neck, shoulder, elbow, hip, knee, ankle, far, null);
		}

		/** The near side's limb joints, read like the far side's. */
		public LimbDocument near() {
			return new LimbDocument(shoulder, elbow, hip, knee, ankle, abduction);
		}

	}

	/** The far side's limb joints. */
	public record LimbDocument(Double shoulder, Double elbow, Double hip, Double knee, Double ankle,
			Double abduction) {

		public LimbDocument(Double shoulder, Double elbow, Double hip, Double knee, Double ankle) {
			this(shoulder, elbow, hip, knee, ankle, null);
		}

	}

	/** Where the steps, the reps or hold, and the sets come from: {@code article} or {@code ours}. */
	public record ProvenanceDocument(String steps, String repsAndHold, String sets) {
	}

}
