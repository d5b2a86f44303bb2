package com.postpartum.backcare.catalogue.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.postpartum.backcare.catalogue.content.TranslationSet.ExerciseText;
import com.postpartum.backcare.catalogue.content.TranslationSet.LearnText;
import com.postpartum.backcare.catalogue.content.TranslationSet.RoutineText;
import com.postpartum.backcare.content.ContentFile;
import com.postpartum.backcare.content.ContentProblem;
import com.postpartum.backcare.content.TranslationCheck;

/**
 * Checks the catalogue's translations against the English (docs/content-guide.md,
 * "Translations"): none missing, none stale, every field and list entry translated. A
 * mother reading Spanish never meets an English sentence nor an old one.
 */
public class TranslationValidator {

	public List<ContentProblem> validate(ContentSet content) {
		List<ContentProblem> problems = new ArrayList<>();
		TranslationCheck check = new TranslationCheck(problems);
		Map<String, ExerciseDocument> exercises = byName(content.exercises());
		Map<String, RoutineDocument> routines = byName(content.routines());
		Map<String, LearnDocument> learnPages = byName(content.learnPages());
		for (TranslationSet translation : content.translations()) {
			String folder = translation.language().getLanguage() + "/";
			check.twins(exercises.keySet(), translation.exercises(), folder + "exercises/", ".yml");
			check.twins(routines.keySet(), translation.routines(), folder + "routines/", ".yml");
			check.twins(learnPages.keySet(), translation.learnPages(), folder + "learn/", ".md");
			for (ContentFile<ExerciseText> file : translation.exercises()) {
				ExerciseDocument english = exercises.get(file.name());
				if (english != null) {
					exercise(check, file.path(), file.document(), english);
				}
			}
			for (ContentFile<RoutineText> file : translation.routines()) {
				RoutineDocument english = routines.get(file.name());
				if (english != null) {
					routine(check, file.path(), file.document(), english);
				}
			}
			for (ContentFile<LearnText> file : translation.learnPages()) {
				LearnDocument english = learnPages.get(file.name());
				if (english != null) {
					LearnText.FrontMatter front = file.document().frontMatter();
					check.version(file.path(), front.translates(), EnglishVersions.of(english));
					check.text(file.path(), "title", front.title(), english.frontMatter().title());
					check.text(file.path(), "summary", front.summary(), english.frontMatter().summary());
					check.text(file.path(), "(body)", file.document().markdown(), english.markdown());
				}
			}
		}
		return problems;
	}

	private static void exercise(TranslationCheck check, String path, ExerciseText text, ExerciseDocument english) {
		check.version(path, text.translates(), EnglishVersions.of(english));
		check.text(path, "name", text.name(), english.name());
		check.text(path, "summary", text.summary(), english.summary());
		check.text(path, "purpose", text.purpose(), english.purpose());
		check.list(path, "muscles", text.muscles(), english.muscles());
		check.list(path, "steps", text.steps(), english.steps());
		check.list(path, "cues", text.cues(), english.cues());
		check.list(path, "mistakes", text.mistakes(), english.mistakes());
		check.text(path, "dosageNote", text.dosageNote(), english.dosage() == null ? null : english.dosage().note());
		check.list(path, "stopIf", text.stopIf(), english.stopIf());
		check.list(path, "keyframes", text.keyframes(), EnglishVersions.keyframeNames(english));
	}

	private static void routine(TranslationCheck check, String path, RoutineText text, RoutineDocument english) {
		check.version(path, text.translates(), EnglishVersions.of(english));
		check.text(path, "title", text.title(), english.title());
		check.text(path, "summary", text.summary(), english.summary());
		check.text(path, "description", text.description(), english.description());
		Map<String, String> englishNotes = EnglishVersions.notes(english);
		Map<String, String> notes = text.notes() == null ? Map.of() : text.notes();
		Set<String> slugs = new TreeSet<>(englishNotes.keySet());
		slugs.addAll(notes.keySet());
		slugs.forEach(slug -> check.text(path, "notes." + slug, notes.get(slug), englishNotes.get(slug)));
	}

	private static <T> Map<String, T> byName(List<ContentFile<T>> files) {
		return files.stream().collect(Collectors.toMap(ContentFile::name, ContentFile::document, (a, b) -> a));
	}

}
