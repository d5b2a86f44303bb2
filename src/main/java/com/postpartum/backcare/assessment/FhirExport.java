package com.postpartum.backcare.assessment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.assessment.AssessmentService.StoredAssessment;
import com.postpartum.backcare.web.Languages;

import ca.uhn.fhir.context.FhirContext;

/**
 * Her data as HL7 FHIR R4, in a collection Bundle: the intake Questionnaire, her Patient
 * (no name or contact: only the subject the other entries point to), one QuestionnaireResponse
 * per assessment, and one Observation per daily pain score, so a clinician sees the trend.
 * Pain items and scores carry LOINC 72514-3. Entries are addressed by urn:uuid, derived from
 * stable names so the same data always gets the same addresses. The words a clinician reads
 * are messages.properties' fhir.* (the Questionnaire's in English with every other language
 * beside them, the pain scores' in her language); codes, and LOINC's display of its own code,
 * are not ours.
 */
@Component
public class FhirExport {

	public static final String QUESTIONNAIRE_URL = "urn:backcare:fhir:Questionnaire:postpartum-back-intake";

	static final String LOINC = "http://loinc.org";

	static final String PAIN_SEVERITY = "72514-3";

	/** LOINC's own display for the code, not our words: it is never translated. */
	static final String PAIN_SEVERITY_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

	/** FHIR's core extension for a text's words in another language: sub-extensions lang and content. */
	static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

	static final String ANSWER_SYSTEM = "urn:backcare:fhir:CodeSystem:";

	/** Our own codes saying when a daily pain score was given: before or after the session. */
	public static final String PAIN_TIMING_SYSTEM = ANSWER_SYSTEM + "painScoreTiming";

	static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	/** One day's pain scores: pain before, and pain after when she finished the session. */
	public record DailyPain(LocalDate day, int painBefore, @Nullable Integer painAfter) {
	}

	/** Building a FHIR context reads the whole R4 model: once, on first use. */
	private static final class Holder {

		static final FhirContext R4 = FhirContext.forR4();

	}

	public static FhirContext context() {
		return Holder.R4;
	}

	private final MessageSource messages;

	private final FlagContent flags;

	/** The app's languages but English: each written beside the English (FHIR's translation extension). */
	private final List<Locale> translations;

	@Autowired
	FhirExport(MessageSource messages, RulesCatalogueProvider rules, Languages languages) {
		this(messages, rules.flags(), languages.supported());
	}

	FhirExport(MessageSource messages, FlagContent flags, List<Locale> languages) {
		this.messages = messages;
		this.flags = flags;
		this.translations = languages.stream()
			.filter(language -> !language.getLanguage().equals(Locale.ENGLISH.getLanguage()))
			.toList();
	}

	public String bundle(long accountId, List<StoredAssessment> assessments, List<DailyPain> days) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		Questionnaire questionnaire = questionnaire();
		bundle.addEntry().setFullUrl(urn(questionnaire.getIdPart())).setResource(questionnaire);
		Patient patient = new Patient();
		patient.setId(uuid("backcare:account:" + accountId));
		String subject = urn(patient.getIdPart());
		bundle.addEntry().setFullUrl(subject).setResource(patient);
		for (StoredAssessment stored : assessments) {
			QuestionnaireResponse response = response(stored);
			response.setSubject(new Reference(subject));
			bundle.addEntry().setFullUrl(urn(response.getIdPart())).setResource(response);
		}
		for (DailyPain day : days) {
			add(bundle, painScore(accountId, subject, day.day(), day.painBefore(), true));
			if (day.painAfter() != null) {
				add(bundle, painScore(accountId, subject, day.day(), day.painAfter(), false));
			}
		}
		return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
	}

	/**
	 * One daily pain score. The code is LOINC 72514-3, so any system reads it as a 0-10 pain
	 * score; a second, narrower coding of our own and the text say whether it was given before
	 * or after the session. The day is the effective date (day precision).
	 */
	Observation painScore(long accountId, String subject, LocalDate day, int score, boolean before) {
		String timing = before ? "before-session" : "after-session";
		String words = text(before ? "fhir.pain.before" : "fhir.pain.after");
		Observation observation = new Observation();
		observation.setId(uuid("backcare:account:" + accountId + ":pain:" + day + ":" + timing));
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
		observation.setCode(new CodeableConcept(new Coding(LOINC, PAIN_SEVERITY, PAIN_SEVERITY_DISPLAY))
			.addCoding(new Coding(PAIN_TIMING_SYSTEM, timing, words))
			.setText(text("fhir.pain.text", words)));
		observation.setSubject(new Reference(subject));
		// She reported it herself.
		observation.addPerformer(new Reference(subject));
		observation.setEffective(new DateTimeType(day.toString()));
		observation.setValue(new IntegerType(score));
		if (before && score >= TriageRules.SEVERE_PAIN_FROM) {
			observation.addNote().setText(text("fhir.pain.stopped", String.valueOf(TriageRules.SEVERE_PAIN_FROM)));
		}
		return observation;
	}

	/** In the language of the request being answered (messages.properties' words today). */
	private String text(String key, String... arguments) {
		return messages.getMessage(key, arguments, Languages.current());
	}

	private static void add(Bundle bundle, Observation observation) {
		bundle.addEntry().setFullUrl(urn(observation.getIdPart())).setResource(observation);
	}

	private static String urn(String uuid) {
		return "urn:uuid:" + uuid;
	}

	/** A name-based UUID: the same name always gives the same address. */
	private static String uuid(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * The intake as a Questionnaire: the same in every export, whatever her language. English is
	 * the text, and each other language of the app rides beside it in FHIR's translation
	 * extension: the title, every question, every option (the red-flag questions in their
	 * content files' words, the other options as the form words them).
	 */
	Questionnaire questionnaire() {
		Questionnaire questionnaire = new Questionnaire();
		questionnaire.setId(uuid(QUESTIONNAIRE_URL));
		questionnaire.setLanguage(Locale.ENGLISH.toLanguageTag());
		questionnaire.setUrl(QUESTIONNAIRE_URL);
		questionnaire.setName("PostpartumBackIntake");
		write(questionnaire.getTitleElement(), language -> words("fhir.questionnaire.title", language));
		questionnaire.setStatus(PublicationStatus.ACTIVE);
		for (IntakeField field : items()) {
			IntakeField.Answer answer = field.answer();
			Questionnaire.QuestionnaireItemComponent item = questionnaire.addItem()
				.setLinkId(field.fieldName())
				.setType(switch (answer.kind()) {
					case NUMBER -> QuestionnaireItemType.INTEGER;
					case YES_NO -> QuestionnaireItemType.BOOLEAN;
					case ONE_OF, ANY_OF -> QuestionnaireItemType.CHOICE;
				})
				.setRepeats(answer.kind() == IntakeField.Kind.ANY_OF);
			write(item.getTextElement(), language -> words("fhir.questionnaire.item." + field.fieldName(), language));
			for (String option : answer.optionNames()) {
				Coding coding = coding(field.fieldName(), option);
				write(coding.getDisplayElement(), language -> optionWords(field, option, language));
				item.addAnswerOption().setValue(coding);
			}
			if (answer.isPainScore()) {
				item.addCode(new Coding(LOINC, PAIN_SEVERITY, PAIN_SEVERITY_DISPLAY));
			}
		}
		return questionnaire;
	}

	/** What the form shows for an option: a red flag's question from its content file, else the form's label. */
	private String optionWords(IntakeField field, String option, Locale language) {
		return field == IntakeField.RED_FLAGS ? flags.get(FlagCode.valueOf(option), language).question()
				: words("intake." + field.fieldName() + "." + option, language);
	}

	/** The English words as the element's value, and every other language's as its translations. */
	private void write(StringType element, Function<Locale, String> words) {
		element.setValue(words.apply(Locale.ENGLISH));
		for (Locale language : translations) {
			Extension translation = element.addExtension().setUrl(TRANSLATION);
			translation.addExtension("lang", new CodeType(language.toLanguageTag()));
			translation.addExtension("content", new StringType(words.apply(language)));
		}
	}

	private String words(String key, Locale language) {
		return messages.getMessage(key, null, language);
	}

	static QuestionnaireResponse response(StoredAssessment stored) {
		Intake intake = stored.intake();
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setId(stored.id().toString());
		response.setQuestionnaire(QUESTIONNAIRE_URL);
		response.setStatus(QuestionnaireResponseStatus.COMPLETED);
		response.setAuthored(Date.from(stored.createdAt()));
		for (IntakeField field : items()) {
			String linkId = field.fieldName();
			Object value = field.valueIn(intake);
			switch (field.answer().kind()) {
				case ANY_OF -> {
					QuestionnaireResponseItemComponent item = response.addItem().setLinkId(linkId);
					((Set<?>) value).forEach(chosen -> item.addAnswer().setValue(coding(linkId, ((Enum<?>) chosen).name())));
				}
				case NUMBER -> {
					// An optional number not given has no answer.
					if (value != null) {
						answer(response, linkId, new IntegerType((Integer) value));
					}
				}
				case YES_NO -> answer(response, linkId, new BooleanType((Boolean) value));
				case ONE_OF -> answer(response, linkId, coding(linkId, ((Enum<?>) value).name()));
			}
		}
		return response;
	}

	/**
	 * The Questionnaire's items and every response's: the red-flag questions first, as the
	 * form asks them, then in the order of Intake's components. The order the Questionnaire
	 * was published with, kept so every export carries the same Questionnaire.
	 */
	static List<IntakeField> items() {
		return Stream.concat(Stream.of(IntakeField.RED_FLAGS),
				IntakeField.inIntakeOrder().stream().filter(field -> field != IntakeField.RED_FLAGS))
			.toList();
	}

	private static void answer(QuestionnaireResponse response, String linkId, Type value) {
		response.addItem().setLinkId(linkId).addAnswer().setValue(value);
	}

	private static Coding coding(String field, String code) {
		return new Coding(ANSWER_SYSTEM + field, code, null);
	}

}
