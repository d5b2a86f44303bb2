package com.postpartum.backcare.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

import com.postpartum.backcare.content.ContentProblem;

/** A translation missing, stale, short of an entry or translating nothing stops the start, naming the file. */
class TranslationValidatorTest {

	private static final List<Locale> SPANISH = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	@TempDir
	Path content;

	private List<ContentProblem> problems() {
		ContentSet set = new ContentReader(new PathMatchingResourcePatternResolver(), content.toUri().toString())
			.read(SPANISH);
		return new TranslationValidator().validate(set);
	}

	private void copyShippedContent() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("content"), content);
	}

	@Test
	void theShippedTranslationsAreCompleteAndCurrent() throws IOException {
		copyShippedContent();
		ContentSet set = new ContentReader(new PathMatchingResourcePatternResolver(), content.toUri().toString())
			.read(SPANISH);
		assertThat(new TranslationValidator().validate(set)).isEmpty();
		TranslationSet spanish = set.translations().get(0);
		assertThat(spanish.exercises()).hasSameSizeAs(set.exercises());
		assertThat(spanish.routines()).hasSameSizeAs(set.routines());
		assertThat(spanish.learnPages()).hasSameSizeAs(set.learnPages());
	}

	@Test
	void aMissingTranslationIsNamed() throws IOException {
		copyShippedContent();
		Files.delete(content.resolve("es/exercises/glute-bridge.yml"));
		Files.delete(content.resolve("es/learn/sleeping.md"));

		assertThat(problems()).extracting(ContentProblem::file)
			.containsExactlyInAnyOrder("es/exercises/glute-bridge.yml", "es/learn/sleeping.md");
	}

	@Test
	void anEnglishChangeMakesItsTranslationStale() throws IOException {
		copyShippedContent();
		Path english = content.resolve("exercises/glute-bridge.yml");
		Files.writeString(english, Files.readString(english)
			.replace("Lower your hips slowly back to the floor.", "Lower your hips slowly, one bone at a time."));

		assertThat(problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).endsWith("es/exercises/glute-bridge.yml");
			assertThat(problem.field()).isEqualTo("translates");
			assertThat(problem.message()).contains("stale").contains("translates: ");
		});
	}

	@Test
	void aNumberOrAnAngleChangedInEnglishLeavesTheTranslationCurrent() throws IOException {
		copyShippedContent();
		Path english = content.resolve("exercises/glute-bridge.yml");
		Files.writeString(english, Files.readString(english).replace("reps: 12", "reps: 10"));

		assertThat(problems()).isEmpty();
	}

	@Test
	void aShortListAnEmptyFieldAndAnOrphanAreNamed() throws IOException {
		copyShippedContent();
		Path twin = content.resolve("es/exercises/glute-bridge.yml");
		String text = Files.readString(twin);
		String withoutLastStep = text.replaceFirst("(?s)(steps:\\n(?:  - [^\\n]*\\n)*)  - [^\\n]*\\n(cues:)", "$1$2");
		Files.writeString(twin, withoutLastStep.replaceFirst("(?m)^summary: .*$", "summary: \"\""));
		Files.writeString(content.resolve("es/routines/unicorn-flow.yml"), "translates: abc\ntitle: Unicornio\n");

		assertThat(problems()).extracting(p -> p.file().replaceFirst("^.*?(es/)", "$1") + " " + p.field())
			.containsExactlyInAnyOrder("es/exercises/glute-bridge.yml steps", "es/exercises/glute-bridge.yml summary",
					"es/routines/unicorn-flow.yml (file)");
	}

	@Test
	void aTranslationNotYetCheckedSaysWhichVersionToWrite() throws IOException {
		copyShippedContent();
		Path twin = content.resolve("es/routines/phase-1-reconnect.yml");
		Files.writeString(twin, Files.readString(twin).replaceFirst("(?m)^translates: .*$", "translates: pending"));

		assertThat(problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("must name the English version")
				.containsPattern("translates: [0-9a-f]{12}"));
	}

}
