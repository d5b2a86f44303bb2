package com.postpartum.backcare.catalogue.content;

import com.postpartum.backcare.content.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Files that cannot even be parsed are reported with their file and field, all at once. */
class ContentReaderTest {

	@TempDir
	Path folder;

	@BeforeEach
	void sources() throws IOException {
		Files.createDirectories(folder.resolve("exercises"));
		Files.createDirectories(folder.resolve("learn"));
		Files.writeString(folder.resolve("sources.yml"), "- key: robles\n  title: An article\n");
	}

	@Test
	void theRealContentIsReadAndValid() throws IOException {
		ContentSet content = new ContentReader(new PathMatchingResourcePatternResolver(), "file:content/").read();
		try (Stream<Path> files = Files.list(Path.of("content", "exercises"))) {
			assertThat(content.exercises()).as("every exercise file").hasSize((int) files.count());
		}
		assertThat(content.learnPages()).hasSizeGreaterThanOrEqualTo(10);
		assertThat(content.routines()).hasSizeGreaterThanOrEqualTo(8);
		assertThat(new ContentValidator().validate(content)).isEmpty();
	}

	@Test
	void aWrongTypeNamesTheFileAndField() throws IOException {
		Files.writeString(folder.resolve("exercises/plank.yml"), "slug: plank\ndifficulty: very hard\n");
		assertThatThrownBy(this::read).isInstanceOfSatisfying(InvalidContentException.class,
				ex -> assertThat(ex.getProblems()).singleElement().satisfies(p -> {
					assertThat(p.file()).endsWith("exercises/plank.yml");
					assertThat(p.field()).isEqualTo("difficulty");
				}));
	}

	@Test
	void anUnknownFieldIsNamed() throws IOException {
		Files.writeString(folder.resolve("exercises/plank.yml"), "slug: plank\ncue: [hold]\n");
		assertThatThrownBy(this::read).isInstanceOfSatisfying(InvalidContentException.class,
				ex -> assertThat(ex.getProblems()).singleElement().satisfies(p -> {
					assertThat(p.field()).isEqualTo("cue");
					assertThat(p.message()).contains("not a known field");
				}));
	}

	@Test
	void aLearnPageWithoutFrontMatterIsReported() throws IOException {
		Files.writeString(folder.resolve("exercises/plank.yml"), "slug: plank\n");
		Files.writeString(folder.resolve("learn/sleep.md"), "# Sleep\nNo front matter here.\n");
		assertThatThrownBy(this::read).isInstanceOfSatisfying(InvalidContentException.class,
				ex -> assertThat(ex.getProblems()).singleElement().satisfies(p -> {
					assertThat(p.file()).endsWith("learn/sleep.md");
					assertThat(p.field()).isEqualTo("(front matter)");
				}));
	}

	@Test
	void aLearnPageIsSplitIntoFrontMatterAndBody() throws IOException {
		Files.writeString(folder.resolve("exercises/plank.yml"), "slug: plank\n");
		Files.writeString(folder.resolve("learn/sleep.md"),
				"---\nslug: sleep\ntitle: Sleep\nsummary: S\nkind: habit\norder: 1\nsources: [robles]\n---\n## Body\nText\n");
		ContentSet content = read();
		assertThat(content.learnPages()).singleElement().satisfies(page -> {
			assertThat(page.document().frontMatter().title()).isEqualTo("Sleep");
			assertThat(page.document().markdown()).startsWith("## Body");
		});
	}

	private ContentSet read() {
		return new ContentReader(new PathMatchingResourcePatternResolver(), folder.toUri().toString()).read();
	}

}
