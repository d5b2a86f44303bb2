package com.postpartum.backcare.catalogue.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Edits a test's copy of the content as a translator would keep up with it: an English file
 * changed or removed, and its Spanish twin brought to the same version or removed with it.
 */
final class ContentCopies {

	private ContentCopies() {
	}

	/** After editing the English {@code exercises/<slug>.yml}: its translation now translates this version. */
	static void translationKeptUp(Path content, String slug) throws IOException {
		ExerciseDocument english = new ContentReader(new PathMatchingResourcePatternResolver(), content.toUri().toString())
			.read()
			.exercises()
			.stream()
			.filter(file -> file.name().equals(slug))
			.findFirst()
			.orElseThrow()
			.document();
		Path twin = content.resolve("es/exercises/" + slug + ".yml");
		Files.writeString(twin, Files.readString(twin)
			.replaceFirst("(?m)^translates: .*$", "translates: " + EnglishVersions.of(english)));
	}

	/** Removes an English file ("routines/x.yml") and its translations. */
	static void delete(Path content, String file) throws IOException {
		Files.delete(content.resolve(file));
		Files.deleteIfExists(content.resolve("es/" + file));
	}

}
