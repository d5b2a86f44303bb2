package com.postpartum.backcare.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.postpartum.backcare.assessment.RulesCatalogue.FlagText;
import com.postpartum.backcare.content.ContentFile;
import com.postpartum.backcare.content.ContentProblem;
import com.postpartum.backcare.content.InvalidContentException;

/**
 * The flags' words, checked against the rules: one file for every code, a question and a
 * hint exactly for the red-flag questions, and a title, advice and sources for all.
 */
public final class FlagContent {

	private final Map<FlagCode, FlagDocument> documents;

	private FlagContent(Map<FlagCode, FlagDocument> documents) {
		this.documents = documents;
	}

	/** Validates the files; every problem is reported at once, naming the file and the field. */
	public static FlagContent of(List<ContentFile<FlagDocument>> files) {
		List<ContentProblem> problems = validate(files);
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		Map<FlagCode, FlagDocument> documents = new EnumMap<>(FlagCode.class);
		files.forEach(file -> documents.put(parse(file.document().code()), file.document()));
		return new FlagContent(documents);
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

	public Map<FlagCode, FlagText> texts() {
		Map<FlagCode, FlagText> texts = new EnumMap<>(FlagCode.class);
		documents.forEach((code, doc) -> texts.put(code, new FlagText(doc.title(), doc.advice())));
		return texts;
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
