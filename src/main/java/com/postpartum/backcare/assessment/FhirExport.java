package com.postpartum.backcare.assessment;

import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Type;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.assessment.AssessmentService.StoredAssessment;

import ca.uhn.fhir.context.FhirContext;

/**
 * Her assessments as HL7 FHIR R4: the intake Questionnaire and one QuestionnaireResponse
 * per assessment, in a collection Bundle. Pain items carry LOINC 72514-3.
 */
@Component
public class FhirExport {

	public static final String QUESTIONNAIRE_URL = "urn:backcare:fhir:Questionnaire:postpartum-back-intake";

	static final String LOINC = "http://loinc.org";

	static final String PAIN_SEVERITY = "72514-3";

	static final String ANSWER_SYSTEM = "urn:backcare:fhir:CodeSystem:";

	/** Building a FHIR context reads the whole R4 model: once, on first use. */
	private static final class Holder {

		static final FhirContext R4 = FhirContext.forR4();

	}

	public static FhirContext context() {
		return Holder.R4;
	}

	public String bundle(List<StoredAssessment> assessments) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.addEntry().setFullUrl(QUESTIONNAIRE_URL).setResource(questionnaire());
		for (StoredAssessment stored : assessments) {
			bundle.addEntry().setFullUrl("urn:uuid:" + stored.id()).setResource(response(stored));
		}
		return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
	}

	static Questionnaire questionnaire() {
		Questionnaire questionnaire = new Questionnaire();
		questionnaire.setUrl(QUESTIONNAIRE_URL);
		questionnaire.setName("PostpartumBackIntake");
		questionnaire.setTitle("Postpartum back pain: intake");
		questionnaire.setStatus(PublicationStatus.ACTIVE);
		item(questionnaire, "redFlags", "Warning signs answered yes", QuestionnaireItemType.CHOICE, true,
				FlagCode.questions().stream().map(Enum::name).toList());
		item(questionnaire, "weeksSinceBirth", "Weeks since the birth", QuestionnaireItemType.INTEGER, false, null);
		item(questionnaire, "delivery", "How the baby was born", QuestionnaireItemType.CHOICE, false,
				names(Intake.Delivery.values()));
		item(questionnaire, "clearedForExercise", "Cleared for exercise", QuestionnaireItemType.CHOICE, false,
				names(Intake.Clearance.values()));
		item(questionnaire, "breastfeeding", "Breastfeeding", QuestionnaireItemType.BOOLEAN, false, null);
		item(questionnaire, "epiduralOrSpinal", "Epidural or spinal", QuestionnaireItemType.BOOLEAN, false, null);
		item(questionnaire, "painAreas", "Where it hurts", QuestionnaireItemType.CHOICE, true,
				names(Intake.PainArea.values()));
		item(questionnaire, "painNow", "Pain now (0-10)", QuestionnaireItemType.INTEGER, false, null)
			.addCode(new Coding(LOINC, PAIN_SEVERITY, "Pain severity - 0-10 verbal numeric rating [Score] - Reported"));
		item(questionnaire, "painWorstLastWeek", "Worst pain in the last week (0-10)", QuestionnaireItemType.INTEGER,
				false, null)
			.addCode(new Coding(LOINC, PAIN_SEVERITY, "Pain severity - 0-10 verbal numeric rating [Score] - Reported"));
		item(questionnaire, "painTrend", "Pain over the last two weeks", QuestionnaireItemType.CHOICE, false,
				names(Intake.PainTrend.values()));
		item(questionnaire, "painWeeks", "Weeks with this pain", QuestionnaireItemType.INTEGER, false, null);
		item(questionnaire, "abdominalSeparation", "Gap in the tummy muscles", QuestionnaireItemType.CHOICE, false,
				names(Intake.Separation.values()));
		item(questionnaire, "leakage", "Urine leaking", QuestionnaireItemType.CHOICE, false, names(Intake.Leakage.values()));
		item(questionnaire, "pelvicHeaviness", "Pelvic heaviness or bulge", QuestionnaireItemType.BOOLEAN, false, null);
		return questionnaire;
	}

	static QuestionnaireResponse response(StoredAssessment stored) {
		Intake intake = stored.intake();
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setId(stored.id().toString());
		response.setQuestionnaire(QUESTIONNAIRE_URL);
		response.setStatus(QuestionnaireResponseStatus.COMPLETED);
		response.setAuthored(Date.from(stored.createdAt()));
		QuestionnaireResponseItemComponent flags = response.addItem().setLinkId("redFlags");
		intake.redFlags().forEach(code -> flags.addAnswer().setValue(coding("redFlags", code.name())));
		answer(response, "weeksSinceBirth", new IntegerType(intake.weeksSinceBirth()));
		answer(response, "delivery", coding("delivery", intake.delivery().name()));
		answer(response, "clearedForExercise", coding("clearedForExercise", intake.clearedForExercise().name()));
		answer(response, "breastfeeding", new BooleanType(intake.breastfeeding()));
		answer(response, "epiduralOrSpinal", new BooleanType(intake.epiduralOrSpinal()));
		QuestionnaireResponseItemComponent areas = response.addItem().setLinkId("painAreas");
		intake.painAreas().forEach(area -> areas.addAnswer().setValue(coding("painAreas", area.name())));
		answer(response, "painNow", new IntegerType(intake.painNow()));
		if (intake.painWorstLastWeek() != null) {
			answer(response, "painWorstLastWeek", new IntegerType(intake.painWorstLastWeek()));
		}
		answer(response, "painTrend", coding("painTrend", intake.painTrend().name()));
		if (intake.painWeeks() != null) {
			answer(response, "painWeeks", new IntegerType(intake.painWeeks()));
		}
		answer(response, "abdominalSeparation", coding("abdominalSeparation", intake.abdominalSeparation().name()));
		answer(response, "leakage", coding("leakage", intake.leakage().name()));
		answer(response, "pelvicHeaviness", new BooleanType(intake.pelvicHeaviness()));
		return response;
	}

	private static Questionnaire.QuestionnaireItemComponent item(Questionnaire questionnaire, String linkId,
			String text, QuestionnaireItemType type, boolean repeats, List<String> options) {
		Questionnaire.QuestionnaireItemComponent item = questionnaire.addItem()
			.setLinkId(linkId)
			.setText(text)
			.setType(type)
			.setRepeats(repeats);
		if (options != null) {
			options.forEach(option -> item.addAnswerOption().setValue(coding(linkId, option)));
		}
		return item;
	}

	private static void answer(QuestionnaireResponse response, String linkId, Type value) {
		response.addItem().setLinkId(linkId).addAnswer().setValue(value);
	}

	private static Coding coding(String field, String code) {
		return new Coding(ANSWER_SYSTEM + field, code, null);
	}

	private static <E extends Enum<E>> List<String> names(E[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).map(Function.identity()).toList();
	}

}
