package com.postpartum.backcare.catalogue.content;

import java.util.ArrayList;
import java.util.List;

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

	public ContentSet read() {
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
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return new ContentSet(sources, exercises, learn, routines);
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
