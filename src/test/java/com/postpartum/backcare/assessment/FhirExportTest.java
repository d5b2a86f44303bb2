package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.postpartum.backcare.assessment.AssessmentService.StoredAssessment;
import com.postpartum.backcare.assessment.FhirExport.DailyPain;
import com.postpartum.backcare.content.ContentFolderReader;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** The FHIR export checked by HAPI's instance validator with the R4 core definitions, offline. */
class FhirExportTest {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

	@Test
	void assessmentsAndDailyPainValidateWithNoErrorAndKeepEveryScore() {
		Intake healthy = Intake.builder().weeks(10).painNow(3).painWorstLastWeek(5).painWeeks(4).build();
		Intake redFlag = Intake.builder()
			.weeks(3)
			.delivery(Intake.Delivery.CESAREAN)
			.cleared(Intake.Clearance.NOT_YET_CHECKED)
			.painNow(9)
			.painAreas(EnumSet.of(Intake.PainArea.LOW_BACK, Intake.PainArea.ONE_LEG))
			.redFlags(EnumSet.of(FlagCode.SADDLE_NUMBNESS, FlagCode.FEVER))
			.build();
		List<StoredAssessment> assessments = List.of(stored(healthy), stored(redFlag));
		List<DailyPain> days = List.of(new DailyPain(MONDAY, 4, 3), new DailyPain(MONDAY.plusDays(1), 9, null),
				new DailyPain(MONDAY.plusDays(2), 5, null), new DailyPain(MONDAY.plusDays(3), 3, 2));

		String json = export().bundle(42, assessments, days);

		assertThat(FhirValidation.errors(json)).isEmpty();
		Bundle bundle = FhirExport.context().newJsonParser().parseResource(Bundle.class, json);
		String patient = bundle.getEntry()
			.stream()
			.filter(e -> e.getResource() instanceof Patient)
			.map(Bundle.BundleEntryComponent::getFullUrl)
			.findFirst()
			.orElseThrow();
		assertThat(FhirValidation.resources(bundle, QuestionnaireResponse.class))
			.allSatisfy(r -> assertThat(r.getSubject().getReference()).isEqualTo(patient));
		List<Observation> scores = FhirValidation.resources(bundle, Observation.class);
		assertThat(scores).allSatisfy(o -> {
			assertThat(o.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
			assertThat(o.getCode().getCoding().get(0).getSystem()).isEqualTo("http://loinc.org");
			assertThat(o.getCode().getCoding().get(0).getCode()).isEqualTo("72514-3");
			assertThat(o.getSubject().getReference()).isEqualTo(patient);
		});
		// One before per day, one after per finished day; the day stopped for pain says so.
		assertThat(scores).extracting(o -> o.getEffectiveDateTimeType().getValueAsString(), FhirValidation::timing,
				o -> o.getValueIntegerType().getValue())
			.containsExactly(tuple("2026-11-16", "before-session", 4), tuple("2026-11-16", "after-session", 3),
					tuple("2026-11-17", "before-session", 9), tuple("2026-11-18", "before-session", 5),
					tuple("2026-11-19", "before-session", 3), tuple("2026-11-19", "after-session", 2));
		assertThat(scores.get(2).getNoteFirstRep().getText()).contains("No session that day");
		assertThat(scores.get(0).hasNote()).isFalse();
		// The same data gives the same addresses.
		assertThat(export().bundle(42, assessments, days)).isEqualTo(json);
	}

	@Test
	void withoutAssessmentsOrSessionsTheExportStillValidates() {
		assertThat(FhirValidation.errors(export().bundle(7, List.of(), List.of()))).isEmpty();
	}

	/**
	 * The Questionnaire keeps English as its text and carries the Spanish of the same words, as the
	 * form and the content files word them, in FHIR's translation extension, parsed back by HAPI.
	 */
	@Test
	void theQuestionnaireCarriesTheSpanishOfEveryTextBesideTheEnglish() throws IOException {
		Bundle bundle = FhirExport.context()
			.newJsonParser()
			.parseResource(Bundle.class, export().bundle(7, List.of(), List.of()));
		Questionnaire questionnaire = FhirValidation.resources(bundle, Questionnaire.class).get(0);
		Properties spanish = messages("messages_es.properties");

		assertThat(questionnaire.getLanguage()).isEqualTo("en");
		assertThat(questionnaire.getTitle()).isEqualTo(messages("messages.properties").get("fhir.questionnaire.title"));
		assertThat(translations(questionnaire.getTitleElement()))
			.containsExactly(entry("es", spanish.getProperty("fhir.questionnaire.title")));
		for (String linkId : List.of("redFlags", "painNow", "delivery", "pelvicHeaviness")) {
			assertThat(translations(item(questionnaire, linkId).getTextElement())).as(linkId)
				.containsExactly(entry("es", spanish.getProperty("fhir.questionnaire.item." + linkId)));
		}
		// Every option too: a red-flag question in its content files' words, the others as the form says them.
		Coding saddle = option(item(questionnaire, "redFlags"), "SADDLE_NUMBNESS");
		assertThat(saddle.getDisplay()).isEqualTo(flagQuestion("flags/saddle-numbness.yml"))
			.startsWith("Do you have numbness or tingling");
		assertThat(translations(saddle.getDisplayElement()))
			.containsExactly(entry("es", flagQuestion("es/flags/saddle-numbness.yml")));
		assertThat(translations(option(item(questionnaire, "redFlags"), "THOUGHTS_OF_HARM").getDisplayElement()))
			.containsExactly(entry("es", flagQuestion("es/flags/thoughts-of-harm.yml")));
		Coding cesarean = option(item(questionnaire, "delivery"), "CESAREAN");
		assertThat(cesarean.getDisplay()).isEqualTo("Caesarean section");
		assertThat(translations(cesarean.getDisplayElement()))
			.containsExactly(entry("es", spanish.getProperty("intake.delivery.CESAREAN")));
		assertThat(item(questionnaire, "painAreas").getAnswerOption())
			.allSatisfy(answer -> assertThat(translations(answer.getValueCoding().getDisplayElement()))
				.containsOnlyKeys("es"));
		// Numbers and yes/no questions have no options to word.
		assertThat(item(questionnaire, "painNow").getAnswerOption()).isEmpty();
	}

	/** The Questionnaire is the same in every export: her language changes only the pain scores' words. */
	@Test
	void theQuestionnaireIsTheSameWhateverTheLanguageOfTheRequest() {
		String english = FhirExport.context().newJsonParser().encodeResourceToString(export().questionnaire());
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		try {
			assertThat(FhirExport.context().newJsonParser().encodeResourceToString(export().questionnaire()))
				.isEqualTo(english);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	/** The shipped flags, English and Spanish, as the app reads them; the app's own message files. */
	static FhirExport export() {
		List<Locale> languages = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
		return new FhirExport(MessagesFile.SOURCE, FlagContent.read(
				new ContentFolderReader(new PathMatchingResourcePatternResolver(), "file:content/"), languages),
				languages);
	}

	/** Language code to words, from the element's translation extensions. */
	private static Map<String, String> translations(StringType element) {
		Map<String, String> byLanguage = new LinkedHashMap<>();
		for (Extension translation : element.getExtensionsByUrl("http://hl7.org/fhir/StructureDefinition/translation")) {
			byLanguage.put(translation.getExtensionString("lang"), translation.getExtensionString("content"));
		}
		return byLanguage;
	}

	private static Questionnaire.QuestionnaireItemComponent item(Questionnaire questionnaire, String linkId) {
		return questionnaire.getItem().stream().filter(i -> i.getLinkId().equals(linkId)).findFirst().orElseThrow();
	}

	private static Coding option(Questionnaire.QuestionnaireItemComponent item, String code) {
		return item.getAnswerOption()
			.stream()
			.map(Questionnaire.QuestionnaireItemAnswerOptionComponent::getValueCoding)
			.filter(coding -> coding.getCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static Properties messages(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static String flagQuestion(String file) throws IOException {
		return new YAMLMapper().readTree(Path.of("content", file).toFile()).path("question").asString();
	}

	private static StoredAssessment stored(Intake intake) {
		return new StoredAssessment(UUID.randomUUID(), Instant.parse("2026-11-15T09:30:00Z"), "test", intake,
				new Assessment(Level.PROCEED, List.of(), null), 42L);
	}

}
