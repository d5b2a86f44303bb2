package com.postpartum.backcare.catalogue.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.postpartum.backcare.content.Fingerprint;

/**
 * The version of each English file's words that a translation names in {@code translates}
 * (docs/content-guide.md, "Translations"): a fingerprint of exactly the fields translated.
 */
public final class EnglishVersions {

	private EnglishVersions() {
	}

	public static String of(ExerciseDocument doc) {
		return Fingerprint.of(doc.name(), doc.summary(), doc.purpose(), doc.muscles(), doc.steps(), doc.cues(),
				doc.mistakes(), doc.dosage() == null ? null : doc.dosage().note(), doc.stopIf(), keyframeNames(doc));
	}

	public static String of(RoutineDocument doc) {
		return Fingerprint.of(doc.title(), doc.summary(), doc.description(), notes(doc));
	}

	public static String of(LearnDocument doc) {
		return Fingerprint.of(doc.frontMatter().title(), doc.frontMatter().summary(), doc.markdown());
	}

	static List<String> keyframeNames(ExerciseDocument doc) {
		return doc.illustration() == null || doc.illustration().keyframes() == null ? List.of()
				: doc.illustration().keyframes().stream().map(ExerciseDocument.KeyframeDocument::name).toList();
	}

	/** The routine's notes on its exercises, by slug: what a translation's {@code notes} holds. */
	static Map<String, String> notes(RoutineDocument doc) {
		Map<String, String> notes = new LinkedHashMap<>();
		if (doc.exercises() != null) {
			doc.exercises()
				.stream()
				.filter(item -> item.note() != null && !item.note().isBlank())
				.forEach(item -> notes.put(item.slug(), item.note()));
		}
		return notes;
	}

}
