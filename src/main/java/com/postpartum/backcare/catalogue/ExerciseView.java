package com.postpartum.backcare.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything about one exercise, as the library page and the JSON API show it. Field
 * names are those of the content files (docs/content-guide.md): the API's contract.
 */
public record ExerciseView(String slug, String name, String summary, String purpose, Category category,
		Position position, List<Equipment> equipment, int difficulty, List<Integer> phases, List<String> muscles,
		List<String> steps, List<String> cues, List<String> mistakes, Dosage dosage, Load abdominalLoad,
		Load pelvicFloorLoad, boolean asymmetric, boolean beforeClearance, @Nullable String regression, @Nullable String progression,
		List<String> stopIf, List<String> related, List<String> sources, Provenance provenance) {

	static ExerciseView of(Exercise e) {
		return new ExerciseView(e.getSlug(), e.getName(), e.getSummary(), e.getPurpose(), e.getCategory(),
				e.getPosition(), e.getEquipment().stream().sorted().toList(), e.getDifficulty(),
				e.getPhases().stream().sorted().toList(), e.getMuscles(), e.getSteps(), e.getCues(), e.getMistakes(),
				e.getDosage(), e.getAbdominalLoad(), e.getPelvicFloorLoad(), e.isAsymmetric(), e.isBeforeClearance(),
				e.getRegression(), e.getProgression(), e.getStopIf(), e.getRelated(), e.getSources(),
				e.getProvenance());
	}

	/**
	 * Message keys saying who should skip or adapt this exercise, derived from the same
	 * safety attributes the rules service filters on, so the page and the rules agree.
	 */
	public List<String> skipAdvice() {
		List<String> keys = new java.util.ArrayList<>();
		if (!beforeClearance) {
			keys.add("skip.notCleared");
		}
		if (abdominalLoad == Load.HIGH) {
			keys.add("skip.abdominal.high");
		}
		else if (abdominalLoad == Load.MODERATE) {
			keys.add("skip.abdominal.moderate");
		}
		if (pelvicFloorLoad == Load.HIGH) {
			keys.add("skip.pelvicFloor.high");
		}
		else if (pelvicFloorLoad == Load.MODERATE) {
			keys.add("skip.pelvicFloor.moderate");
		}
		if (asymmetric) {
			keys.add("skip.asymmetric");
		}
		if (difficulty == 3) {
			keys.add("skip.advanced");
		}
		return keys;
	}

}
