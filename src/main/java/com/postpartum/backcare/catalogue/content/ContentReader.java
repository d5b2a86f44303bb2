package com.postpartum.backcare.catalogue.content;

import com.postpartum.backcare.content.ContentFile;
import com.postpartum.backcare.content.ContentProblem;
import com.postpartum.backcare.content.InvalidContentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the content folder into documents. Every file that cannot be parsed becomes a
 * problem naming the file and the field, and all of them are reported together.
 */
public class ContentReader {

	private static final String FRONT_MATTER_FENCE = "---";

	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final ResourcePatternResolver resolver;

	private final String location;

	public ContentReader(ResourcePatternResolver resolver, String location) {
		this.resolver = resolver;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	public ContentSet read() {
		List<ContentProblem> problems = new ArrayList<>();
		List<SourceDocument> sources = readSources(problems);
		List<ContentFile<ExerciseDocument>> exercises = readAll("exercises/", ".yml", problems,
				(file, text) -> yaml.readValue(text, ExerciseDocument.class));
		List<ContentFile<RoutineDocument>> routines = readAll("routines/", ".yml", problems,
				(file, text) -> yaml.readValue(text, RoutineDocument.class));
		List<ContentFile<LearnDocument>> learn = readAll("learn/", ".md", problems, this::parseLearnPage);
		if (exercises.isEmpty() && problems.isEmpty()) {
			problems.add(new ContentProblem(location + "exercises/", "(folder)", "no exercise files were found"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return new ContentSet(sources, exercises, learn, routines);
	}

	/**
	 * Reads every {@code <folder>/*.yml} as the given type, for content kinds owned by other
	 * features (the flags' words). Parse problems are thrown together, as for the catalogue.
	 */
	public <T> List<ContentFile<T>> readFolder(String folder, Class<T> type) {
		List<ContentProblem> problems = new ArrayList<>();
		List<ContentFile<T>> files = readAll(folder.endsWith("/") ? folder : folder + "/", ".yml", problems,
				(file, text) -> yaml.readValue(text, type));
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return files;
	}

	private List<SourceDocument> readSources(List<ContentProblem> problems) {
		String path = location + "sources.yml";
		Resource resource = resolver.getResource(path);
		if (!resource.exists()) {
			problems.add(new ContentProblem(path, "(file)", "the list of source articles is missing"));
			return List.of();
		}
		try (InputStream in = resource.getInputStream()) {
			List<SourceDocument> sources = yaml.readValue(in, new TypeReference<List<SourceDocument>>() {
			});
			return sources == null ? List.of() : sources;
		}
		catch (JacksonException ex) {
			problems.add(new ContentProblem(path, fieldOf(ex), describe(ex)));
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(path, "(file)", "could not be read: " + ex.getMessage()));
		}
		return List.of();
	}

	private <T> List<ContentFile<T>> readAll(String folder, String extension, List<ContentProblem> problems,
			Parser<T> parser) {
		List<ContentFile<T>> files = new ArrayList<>();
		Resource[] resources;
		try {
			resources = resolver.getResources(location + folder + "*" + extension);
		}
		catch (IOException ex) {
			// A missing folder is no error for optional kinds; the validator says what is required.
			return files;
		}
		Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		for (Resource resource : resources) {
			String fileName = resource.getFilename();
			String path = location + folder + fileName;
			String name = fileName.substring(0, fileName.length() - extension.length());
			try (InputStream in = resource.getInputStream()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				T document = parser.parse(path, text);
				if (document == null) {
					problems.add(new ContentProblem(path, "(file)", "the file is empty"));
				}
				else {
					files.add(new ContentFile<>(path, name, document));
				}
			}
			catch (JacksonException ex) {
				problems.add(new ContentProblem(path, fieldOf(ex), describe(ex)));
			}
			catch (MalformedPageException ex) {
				problems.add(new ContentProblem(path, "(front matter)", ex.getMessage()));
			}
			catch (IOException ex) {
				problems.add(new ContentProblem(path, "(file)", "could not be read: " + ex.getMessage()));
			}
		}
		return files;
	}

	private LearnDocument parseLearnPage(String path, String text) {
		String normalised = text.replace("\r\n", "\n");
		if (!normalised.startsWith(FRONT_MATTER_FENCE + "\n")) {
			throw new MalformedPageException("the page must start with a '---' line, then its front matter");
		}
		int end = normalised.indexOf("\n" + FRONT_MATTER_FENCE + "\n", FRONT_MATTER_FENCE.length());
		if (end < 0) {
			throw new MalformedPageException("the front matter is not closed by a '---' line");
		}
		String frontMatter = normalised.substring(FRONT_MATTER_FENCE.length() + 1, end);
		String body = normalised.substring(end + FRONT_MATTER_FENCE.length() + 2);
		return new LearnDocument(yaml.readValue(frontMatter, LearnDocument.FrontMatter.class), body);
	}

	static String fieldOf(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return unknown.getPropertyName();
		}
		String path = ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
		return path.isEmpty() ? "(file)" : path;
	}

	static String describe(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known field (check its spelling against docs/content-guide.md)";
		}
		if (ex.getPath().isEmpty()) {
			return "the file is not valid YAML: " + ex.getOriginalMessage();
		}
		return "has a value of the wrong type: " + ex.getOriginalMessage();
	}

	@FunctionalInterface
	private interface Parser<T> {

		T parse(String path, String text);

	}

	private static final class MalformedPageException extends RuntimeException {

		MalformedPageException(String message) {
			super(message);
		}

	}

}
