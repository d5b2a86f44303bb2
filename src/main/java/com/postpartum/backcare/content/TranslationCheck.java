package com.postpartum.backcare.content;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks every translated content file passes (docs/content-guide.md, "Translations"): it
 * has an English twin and every English file has one, it names the English version it
 * translates, and it translates every field, list entry by list entry. Problems are collected,
 * never thrown, so a translator sees all of them at once.
 */
public final class TranslationCheck {

	private final List<ContentProblem> problems;

	public TranslationCheck(List<ContentProblem> problems) {
		this.problems = problems;
	}

	/** Each English file has its translation in {@code folder} (e.g. "es/exercises/"), and no translation is left over. */
	public void twins(Set<String> englishNames, List<? extends ContentFile<?>> translated, String folder,
			String extension) {
		Set<String> translatedNames = translated.stream().map(ContentFile::name).collect(Collectors.toSet());
		for (String name : new TreeSet<>(englishNames)) {
			if (!translatedNames.contains(name)) {
				problems.add(new ContentProblem(folder + name + extension, "(file)",
						"is missing: every English file needs its translation"));
			}
		}
		for (ContentFile<?> file : translated) {
			if (!englishNames.contains(file.name())) {
				problems.add(new ContentProblem(file.path(), "(file)",
						"translates nothing: there is no English file of that name"));
			}
		}
	}

	/** The translation says which English it translates, and that is the English of today. */
	public void version(String path, String translates, String englishVersion) {
		if (translates == null || translates.isBlank() || "pending".equals(translates.strip())) {
			problems.add(new ContentProblem(path, "translates", "must name the English version it translates: once it "
					+ "says what the English says, write `translates: " + englishVersion + "`"));
		}
		else if (!translates.strip().equals(englishVersion)) {
			problems.add(new ContentProblem(path, "translates", "is stale: it translates English version " + translates.strip()
					+ ", but the English is now version " + englishVersion + " (see the English file's history); "
					+ "bring the translation up to date, then write `translates: " + englishVersion + "`"));
		}
	}

	/** A translated field, present when (and only when) the English has it. */
	public void text(String path, String field, String translated, String english) {
		boolean inEnglish = english != null && !english.isBlank();
		if (inEnglish && (translated == null || translated.isBlank())) {
			problems.add(new ContentProblem(path, field, "is missing: the English has it"));
		}
		else if (!inEnglish && translated != null && !translated.isBlank()) {
			problems.add(new ContentProblem(path, field, "translates nothing: the English has no " + field));
		}
	}

	/** A translated list: one entry for each English entry, in the same order, none empty. */
	public void list(String path, String field, List<String> translated, List<String> english) {
		int expected = english == null ? 0 : english.size();
		int actual = translated == null ? 0 : translated.size();
		if (actual != expected) {
			problems.add(new ContentProblem(path, field, "has " + actual + " entries, the English " + expected
					+ ": translate each entry, in the same order"));
			return;
		}
		for (int i = 0; i < actual; i++) {
			if (translated.get(i) == null || translated.get(i).isBlank()) {
				problems.add(new ContentProblem(path, field + "[" + i + "]", "is empty"));
			}
		}
	}

}
