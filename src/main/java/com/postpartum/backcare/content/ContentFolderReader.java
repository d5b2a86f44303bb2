package com.postpartum.backcare.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML and Markdown files from the content location, for any feature that keeps its
 * words in content/ (the catalogue, the flags' words). Every file that cannot be parsed
 * becomes a problem naming the file and the field, so all of them are reported together.
 * Which folders exist and what they mean is the features' business.
 */
public class ContentFolderReader {

	private static final String FRONT_MATTER_FENCE = "---";

	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final ResourcePatternResolver resolver;

	private final String location;

	public ContentFolderReader(ResourcePatternResolver resolver, String location) {
		this.resolver = resolver;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	/** The content location, ending in "/", as problems name it. */
	public String location() {
		return location;
	}

	/** Every {@code <folder>/*.yml} as the given type; parse problems are thrown together. */
	public <T> List<ContentFile<T>> readFolder(String folder, Class<T> type) {
		List<ContentProblem> problems = new ArrayList<>();
		List<ContentFile<T>> files = readYamlFiles(folder, type, problems);
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return files;
	}

	/** Every {@code <folder>/*.yml} as the given type; parse problems are added to {@code problems}. */
	public <T> List<ContentFile<T>> readYamlFiles(String folder, Class<T> type, List<ContentProblem> problems) {
		return readAll(folder, ".yml", problems, text -> yaml.readValue(text, type));
	}

	/**
	 * Every {@code <folder>/*.md}: YAML front matter between two "---" lines, then the
	 * Markdown body; {@code document} makes one document of the two.
	 */
	public <F, T> List<ContentFile<T>> readMarkdownFiles(String folder, Class<F> frontMatterType,
			BiFunction<F, String, T> document, List<ContentProblem> problems) {
		return readAll(folder, ".md", problems, text -> {
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
			return document.apply(yaml.readValue(frontMatter, frontMatterType), body);
		});
	}

	public boolean exists(String fileName) {
		return resolver.getResource(location + fileName).exists();
	}

	/** One YAML file; null when it cannot be read or parsed, with the problem added. */
	public <T> T readYamlFile(String fileName, TypeReference<T> type, List<ContentProblem> problems) {
		String path = location + fileName;
		try (InputStream in = resolver.getResource(path).getInputStream()) {
			return yaml.readValue(in, type);
		}
		catch (JacksonException ex) {
			problems.add(new ContentProblem(path, fieldOf(ex), describe(ex)));
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(path, "(file)", "could not be read: " + ex.getMessage()));
		}
		return null;
	}

	private <T> List<ContentFile<T>> readAll(String folder, String extension, List<ContentProblem> problems,
			Parser<T> parser) {
		String prefix = folder.endsWith("/") ? folder : folder + "/";
		List<ContentFile<T>> files = new ArrayList<>();
		Resource[] resources;
		try {
			resources = resolver.getResources(location + prefix + "*" + extension);
		}
		catch (IOException ex) {
			// A missing folder is no error for optional kinds; the validator says what is required.
			return files;
		}
		Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		for (Resource resource : resources) {
			String fileName = resource.getFilename();
			String path = location + prefix + fileName;
			String name = fileName.substring(0, fileName.length() - extension.length());
			try (InputStream in = resource.getInputStream()) {
				T document = parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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

	private static String fieldOf(JacksonException ex) {
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

	private static String describe(JacksonException ex) {
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

		T parse(String text);

	}

	private static final class MalformedPageException extends RuntimeException {

		MalformedPageException(String message) {
			super(message);
		}

	}

}
