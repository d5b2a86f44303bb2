package com.postpartum.backcare.catalogue;

import java.util.ArrayList;
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
		List<String> stopIf, List<String> related, List<String> sources, Provenance provenance,
		@Nullable String illustrationUrl) {

	/** The view of an exercise; {@code illustrationUrl} is where its figure is, or null when it has none. */
	static ExerciseView of(Exercise e, @Nullable String illustrationUrl) {
		return new ExerciseView(e.getSlug(), e.getName(), e.getSummary(), e.getPurpose(), e.getCategory(),
				e.getPosition(), e.getEquipment().stream().sorted().toList(), e.getDifficulty(),
				e.getPhases().stream().sorted().toList(), e.getMuscles(), e.getSteps(), e.getCues(), e.getMistakes(),
				e.getDosage(), e.getAbdominalLoad(), e.getPelvicFloorLoad(), e.isAsymmetric(), e.isBeforeClearance(),
				e.getRegression(), e.getProgression(), e.getStopIf(), e.getRelated(), e.getSources(),
				e.getProvenance(), illustrationUrl);
	}

	/**
	 * Message keys for doing this exercise carefully: a moderate load on the tummy or the
	 * pelvic floor. Not a rule: the rules leave out only a high load (docs/clinical-rules.md,
	 * section 5), so a moderate one stays in her routine and the page says how to go
	 * carefully. Who should skip it is {@link SkipAdvice}'s.
	 */
	public List<String> cautions() {
		List<String> keys = new ArrayList<>();
		if (abdominalLoad == Load.MODERATE) {
			keys.add("caution.abdominal");
		}
		if (pelvicFloorLoad == Load.MODERATE) {
			keys.add("caution.pelvicFloor");
		}
		return keys;
	}

}
