package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

import com.postpartum.backcare.content.ContentFolderReader;
import com.postpartum.backcare.content.InvalidContentException;

/** The flags' Spanish words: read beside the English, served by code, refused when missing or stale. */
class FlagTranslationTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@TempDir
	Path content;

	/** As the app reads them at start-up. */
	private FlagContent read() {
		return FlagContent.read(new ContentFolderReader(new PathMatchingResourcePatternResolver(),
				content.toUri().toString()), List.of(Locale.ENGLISH, SPANISH));
	}

	@Test
	void eachFlagHasItsSpanishWordsAndKeepsItsSources() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("content"), content);
		FlagContent flags = read();

		FlagDocument saddle = flags.get(FlagCode.SADDLE_NUMBNESS, SPANISH);
		assertThat(saddle.question()).startsWith("¿").contains("silla de montar");
		assertThat(saddle.advice()).contains("llame ahora al número de emergencias");
		assertThat(saddle.sources()).isEqualTo(flags.get(FlagCode.SADDLE_NUMBNESS).sources());
		assertThat(flags.texts(SPANISH)).hasSize(FlagCode.values().length);
		assertThat(flags.get(FlagCode.SADDLE_NUMBNESS, Locale.FRENCH).advice())
			.isEqualTo(flags.get(FlagCode.SADDLE_NUMBNESS).advice());
	}

	@Test
	void aChangedEnglishAdviceStopsTheStartUntilTheSpanishFollows() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("content"), content);
		Path fever = content.resolve("flags/fever.yml");
		Files.writeString(fever, Files.readString(fever).replaceFirst("(?m)^title: .*$", "title: \"A high temperature\""));

		assertThatThrownBy(this::read).isInstanceOf(InvalidContentException.class)
			.hasMessageContaining("es/flags/fever.yml")
			.hasMessageContaining("stale");
	}

	@Test
	void aMissingSpanishFlagStopsTheStart() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("content"), content);
		Files.delete(content.resolve("es/flags/calf-swelling.yml"));

		assertThatThrownBy(this::read).isInstanceOf(InvalidContentException.class)
			.hasMessageContaining("es/flags/calf-swelling.yml");
	}

}
