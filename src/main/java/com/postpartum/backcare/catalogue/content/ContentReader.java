package com.postpartum.backcare.catalogue.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.support.ResourcePatternResolver;

import com.postpartum.backcare.content.ContentFile;
import com.postpartum.backcare.content.ContentFolderReader;
import com.postpartum.backcare.content.ContentProblem;
import com.postpartum.backcare.content.InvalidContentException;

import tools.jackson.core.type.TypeReference;

/**
 * Reads the catalogue's content files into documents (docs/content-guide.md). Every file
 * that cannot be parsed becomes a problem naming the file and the field, and all of them
 * are reported together.
 */
public class ContentReader {

	private final ContentFolderReader files;

	public ContentReader(ResourcePatternResolver resolver, String location) {
		this.files = new ContentFolderReader(resolver, location);
	}

	/** The English content alone. */
	public ContentSet read() {
		return read(List.of());
	}

	/** The English content and its translations into {@code languages} (English itself excluded). */
	public ContentSet read(List<Locale> languages) {
		List<ContentProblem> problems = new ArrayList<>();
		List<SourceDocument> sources = readSources(problems);
		List<ContentFile<ExerciseDocument>> exercises = files.readYamlFiles("exercises", ExerciseDocument.class,
				problems);
		List<ContentFile<RoutineDocument>> routines = files.readYamlFiles("routines", RoutineDocument.class, problems);
		List<ContentFile<LearnDocument>> learn = files.readMarkdownFiles("learn", LearnDocument.FrontMatter.class,
				LearnDocument::new, problems);
		if (exercises.isEmpty() && problems.isEmpty()) {
			problems.add(new ContentProblem(files.location() + "exercises/", "(folder)", "no exercise files were found"));
		}
		List<TranslationSet> translations = languages.stream()
			.filter(language -> !language.getLanguage().equals(Locale.ENGLISH.getLanguage()))
			.map(language -> readTranslations(language, problems))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return new ContentSet(sources, exercises, learn, routines, translations);
	}

	private TranslationSet readTranslations(Locale language, List<ContentProblem> problems) {
		String folder = language.getLanguage() + "/";
		return new TranslationSet(language,
				files.readYamlFiles(folder + "exercises", TranslationSet.ExerciseText.class, problems),
				files.readYamlFiles(folder + "routines", TranslationSet.RoutineText.class, problems),
				files.readMarkdownFiles(folder + "learn", TranslationSet.LearnText.FrontMatter.class,
						TranslationSet.LearnText::new, problems));
	}

	private List<SourceDocument> readSources(List<ContentProblem> problems) {
		if (!files.exists("sources.yml")) {
			problems.add(new ContentProblem(files.location() + "sources.yml", "(file)",
					"the list of source articles is missing"));
			return List.of();
		}
		List<SourceDocument> sources = files.readYamlFile("sources.yml", new TypeReference<List<SourceDocument>>() {
		}, problems);
		return sources == null ? List.of() : sources;
	}

}
