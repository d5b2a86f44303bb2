package com.postpartum.backcare.catalogue.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.postpartum.backcare.content.ContentFile;

/**
 * One language's translations of the catalogue, read from {@code content/<language>/} beside the
 * English files (docs/content-guide.md, "Translations"). Each file holds only the words, and the
 * English version it translates; everything else stays in the English file.
 */
public record TranslationSet(Locale language, List<ContentFile<ExerciseText>> exercises,
		List<ContentFile<RoutineText>> routines, List<ContentFile<LearnText>> learnPages) {

	/** {@code muscles}, {@code keyframes} (the figure's pose names) and the lists: one entry per English entry. */
	public record ExerciseText(String translates, String name, String summary, String purpose, List<String> muscles,
			List<String> steps, List<String> cues, List<String> mistakes, String dosageNote, List<String> stopIf,
			List<String> keyframes) {
	}

	/** {@code notes}: the routine's notes on its exercises, by exercise slug. */
	public record RoutineText(String translates, String title, String summary, String description,
			Map<String, String> notes) {
	}

	public record LearnText(FrontMatter frontMatter, String markdown) {

		public record FrontMatter(String translates, String title, String summary) {
		}

	}

}
