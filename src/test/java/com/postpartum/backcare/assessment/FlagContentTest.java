package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.postpartum.backcare.content.ContentFile;
import com.postpartum.backcare.content.ContentProblem;
import com.postpartum.backcare.content.InvalidContentException;

/** The flags' words must match the rules exactly: one file per code, questions only where asked. */
class FlagContentTest {

	@Test
	void aCompleteSetIsAccepted() {
		FlagContent content = FlagContent.of(complete());
		assertThat(content.texts()).hasSize(FlagCode.values().length);
		assertThat(content.get(FlagCode.FEVER).question()).isNotBlank();
	}

	@Test
	void aMissingFlagIsNamed() {
		List<ContentFile<FlagDocument>> files = new ArrayList<>(complete());
		files.removeIf(file -> file.name().equals("calf-swelling"));
		assertThat(FlagContent.validate(files)).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("flags/calf-swelling.yml");
			assertThat(problem.message()).contains("missing");
		});
	}

	@Test
	void anUnknownCodeIsNamed() {
		List<ContentFile<FlagDocument>> files = new ArrayList<>(complete());
		files.add(file("backache", "BACKACHE", true));
		assertThat(FlagContent.validate(files)).extracting(ContentProblem::field).containsExactly("code");
	}

	@Test
	void aQuestionNeedsItsQuestionAndHint() {
		List<ContentFile<FlagDocument>> files = new ArrayList<>(complete());
		files.replaceAll(file -> file.name().equals("fever") ? new ContentFile<>(file.path(), file.name(),
				new FlagDocument("FEVER", null, null, "Fever", "Call today.", List.of("NICE"))) : file);
		assertThat(FlagContent.validate(files)).extracting(ContentProblem::field)
			.containsExactlyInAnyOrder("question", "hint");
	}

	@Test
	void aDerivedFlagHasNoQuestion() {
		List<ContentFile<FlagDocument>> files = new ArrayList<>(complete());
		files.replaceAll(file -> file.name().equals("high-pain") ? file("high-pain", "HIGH_PAIN", true) : file);
		assertThat(FlagContent.validate(files)).extracting(ContentProblem::field).containsExactly("question");
	}

	@Test
	void missingAdviceStopsStartUp() {
		List<ContentFile<FlagDocument>> files = new ArrayList<>(complete());
		files.replaceAll(file -> file.name().equals("fever") ? new ContentFile<>(file.path(), file.name(),
				new FlagDocument("FEVER", "Hot?", "38 °C", "Fever", " ", List.of("NICE"))) : file);
		assertThatThrownBy(() -> FlagContent.of(files)).isInstanceOf(InvalidContentException.class)
			.hasMessageContaining("flags/fever.yml")
			.hasMessageContaining("'advice'");
	}

	private static List<ContentFile<FlagDocument>> complete() {
		return Arrays.stream(FlagCode.values()).map(code -> file(code.slug(), code.name(), code.isQuestion())).toList();
	}

	private static ContentFile<FlagDocument> file(String name, String code, boolean question) {
		return new ContentFile<>("flags/" + name + ".yml", name, new FlagDocument(code, question ? "Is it so?" : null,
				question ? "A hint." : null, "Title", "Advice.", List.of("A guideline")));
	}

}
