package com.postpartum.backcare.catalogue.content;

import java.util.List;

/** An exercise file as written, before validation: every field may be missing or wrong. */
public record ExerciseDocument(String slug, String name, String summary, String purpose, String category,
		String position, List<String> equipment, Integer difficulty, List<Integer> phases, List<String> muscles,
		List<String> steps, List<String> cues, List<String> mistakes, DosageDocument dosage, String abdominalLoad,
		String pelvicFloorLoad, Boolean asymmetric, Boolean beforeClearance, String regression, String progression,
		List<String> stopIf, List<String> related, List<String> sources, ProvenanceDocument provenance,
		String illustration) {

	public record DosageDocument(Integer sets, Integer reps, Integer holdSeconds, Boolean perSide, Integer restSeconds,
			String note) {
	}

	/** Where the steps, the reps or hold, and the sets come from: {@code article} or {@code ours}. */
	public record ProvenanceDocument(String steps, String repsAndHold, String sets) {
	}

}
