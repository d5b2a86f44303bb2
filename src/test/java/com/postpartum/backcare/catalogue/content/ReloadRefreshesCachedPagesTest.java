package com.postpartum.backcare.catalogue.content;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/** A reloaded catalogue shows at once, even on pages the page cache kept for visitors. */
@SpringBootTest
@AutoConfigureMockMvc
class ReloadRefreshesCachedPagesTest {

	@Autowired
	CatalogueLoader loader;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path editedContent;

	@AfterEach
	void restoreTheShippedContent() {
		loader.load();
	}

	@Test
	void aCachedExercisePageShowsTheReloadedContent() throws Exception {
		mvc.perform(get("/exercises/pelvic-tilt")).andExpect(content().string(containsString("<h1>Pelvic tilt</h1>")));
		FileSystemUtils.copyRecursively(Path.of("content"), editedContent);
		rename(editedContent.resolve("exercises/pelvic-tilt.yml"), "Pelvic rock");
		ContentCopies.translationKeptUp(editedContent, "pelvic-tilt");

		loader.load(editedContent.toUri().toString());

		mvc.perform(get("/exercises/pelvic-tilt")).andExpect(content().string(containsString("<h1>Pelvic rock</h1>")));
	}

	private static void rename(Path exercise, String name) throws IOException {
		Files.writeString(exercise, Files.readString(exercise).replaceFirst("(?m)^name: .*$", "name: " + name));
	}

}
