package com.postpartum.backcare.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.postpartum.backcare.assessment.RulesCatalogue.FlagText;
import com.postpartum.backcare.content.ContentFile;
import com.postpartum.backcare.content.ContentFolderReader;
import com.postpartum.backcare.content.ContentProblem;
import com.postpartum.backcare.content.Fingerprint;
import com.postpartum.backcare.content.TranslationCheck;
import com.postpartum.backcare.content.InvalidContentException;

/**
 * The flags' words, checked against the rules: one file for every code, a question and a
 * hint exactly for the red-flag questions, and a title, advice and sources for all.
 */
public final class FlagContent {

	private final Map<FlagCode, FlagDocument> documents;

	/** By language code ("es"): each flag's document with the words of that language. */
	private final Map<String, Map<FlagCode, FlagDocument>> translated;

	private FlagContent(Map<FlagCode, FlagDocument> documents, Map<String, Map<FlagCode, FlagDocument>> translated) {
		this.documents = documents;
		this.translated = translated;
	}

	/**
	 * The flags' files under the content folder, English (flags/) and each other language's
	 * ({@code <language>/flags/}), checked.
	 */
	static FlagContent read(ContentFolderReader files, List<Locale> languages) {
		List<ContentProblem> problems = new ArrayList<>();
		List<ContentFile<FlagDocument>> english = files.readYamlFiles("flags", FlagDocument.class, problems);
		Map<String, List<ContentFile<FlagTranslation>>> translations = new LinkedHashMap<>();
		languages.stream()
			.filter(language -> !language.getLanguage().equals(Locale.ENGLISH.getLanguage()))
			.forEach(language -> translations.put(language.getLanguage(),
					files.readYamlFiles(language.getLanguage() + "/flags", FlagTranslation.class, problems)));
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return of(english, translations);
	}

	/** Validates the files; every problem is reported at once, naming the file and the field. */
	public static FlagContent of(List<ContentFile<FlagDocument>> files) {
		return of(files, Map.of());
	}

	/**
	 * The English files and their translations, by language code: a translation missing, stale
	 * or short of a field stops the start like an English mistake (docs/content-guide.md, "Translations").
	 */
	public static FlagContent of(List<ContentFile<FlagDocument>> files,
			Map<String, List<ContentFile<FlagTranslation>>> translations) {
		List<ContentProblem> problems = validate(files);
		if (problems.isEmpty()) {
			translations.forEach((language, translated) -> validate(files, language, translated, problems));
		}
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		Map<FlagCode, FlagDocument> documents = new EnumMap<>(FlagCode.class);
		files.forEach(file -> documents.put(parse(file.document().code()), file.document()));
		Map<String, Map<FlagCode, FlagDocument>> translated = new HashMap<>();
		translations.forEach((language, translatedFiles) -> {
			Map<String, FlagTranslation> byName = translatedFiles.stream()
				.collect(Collectors.toMap(ContentFile::name, ContentFile::document));
			Map<FlagCode, FlagDocument> inLanguage = new EnumMap<>(FlagCode.class);
			documents.forEach((code, english) -> {
				FlagTranslation words = byName.get(code.slug());
				inLanguage.put(code, new FlagDocument(english.code(), words.question(), words.hint(), words.title(),
						words.advice(), english.sources()));
			});
			translated.put(language, inLanguage);
		});
		return new FlagContent(documents, translated);
	}

	/** The version of a flag's English words that its translations name. */
	static String englishVersion(FlagDocument english) {
		return Fingerprint.of(english.question(), english.hint(), english.title(), english.advice());
	}

	private static void validate(List<ContentFile<FlagDocument>> files, String language,
			List<ContentFile<FlagTranslation>> translated, List<ContentProblem> problems) {
		TranslationCheck check = new TranslationCheck(problems);
		Map<String, FlagDocument> english = files.stream()
			.collect(Collectors.toMap(ContentFile::name, ContentFile::document));
		check.twins(english.keySet(), translated, language + "/flags/", ".yml");
		for (ContentFile<FlagTranslation> file : translated) {
			FlagDocument doc = english.get(file.name());
			if (doc != null) {
				FlagTranslation words = file.document();
				check.version(file.path(), words.translates(), englishVersion(doc));
				check.text(file.path(), "question", words.question(), doc.question());
				check.text(file.path(), "hint", words.hint(), doc.hint());
				check.text(file.path(), "title", words.title(), doc.title());
				check.text(file.path(), "advice", words.advice(), doc.advice());
			}
		}
	}

	static List<ContentProblem> validate(List<ContentFile<FlagDocument>> files) {
		List<ContentProblem> problems = new ArrayList<>();
		Map<FlagCode, String> seen = new EnumMap<>(FlagCode.class);
		for (ContentFile<FlagDocument> file : files) {
			FlagDocument doc = file.document();
			FlagCode code = parse(doc.code());
			if (code == null) {
				problems.add(new ContentProblem(file.path(), "code", "'" + doc.code() + "' is not a flag code of the rules"));
				continue;
			}
			if (!code.slug().equals(file.name())) {
				problems.add(new ContentProblem(file.path(), "code", "the file for " + code + " must be named "
						+ code.slug() + ".yml"));
			}
			String earlier = seen.putIfAbsent(code, file.path());
			if (earlier != null) {
				problems.add(new ContentProblem(file.path(), "code", code + " is already described by " + earlier));
			}
			required(problems, file, "title", doc.title());
			required(problems, file, "advice", doc.advice());
			if (doc.sources() == null || doc.sources().isEmpty()) {
				problems.add(new ContentProblem(file.path(), "sources", "needs at least one entry"));
			}
			if (code.isQuestion()) {
				required(problems, file, "question", doc.question());
				required(problems, file, "hint", doc.hint());
			}
			else if (doc.question() != null) {
				problems.add(new ContentProblem(file.path(), "question",
						code + " is derived from other answers, so it has no question"));
			}
		}
		for (FlagCode code : FlagCode.values()) {
			if (!seen.containsKey(code)) {
				problems.add(new ContentProblem("flags/" + code.slug() + ".yml", "(file)",
						"is missing: every flag of the rules needs its words"));
			}
		}
		return problems;
	}

	public FlagDocument get(FlagCode code) {
		return documents.get(code);
	}

	/** The flag's words in the language, in English when the language has no translations. */
	public FlagDocument get(FlagCode code, Locale language) {
		return inLanguage(language).get(code);
	}

	public Map<FlagCode, FlagText> texts() {
		return texts(Locale.ENGLISH);
	}

	public Map<FlagCode, FlagText> texts(Locale language) {
		Map<FlagCode, FlagText> texts = new EnumMap<>(FlagCode.class);
		inLanguage(language).forEach((code, doc) -> texts.put(code, new FlagText(doc.title(), doc.advice())));
		return texts;
	}

	private Map<FlagCode, FlagDocument> inLanguage(Locale language) {
		return translated.getOrDefault(language.getLanguage(), documents);
	}

	private static FlagCode parse(String code) {
		return EnumNames.find(Arrays.asList(FlagCode.values()), code).orElse(null);
	}

	private static void required(List<ContentProblem> problems, ContentFile<FlagDocument> file, String field,
			String value) {
		if (value == null || value.isBlank()) {
			problems.add(new ContentProblem(file.path(), field, "is required"));
		}
	}

}
