package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

import com.postpartum.backcare.assessment.AssessmentService.StoredAssessment;
import com.postpartum.backcare.assessment.FhirExport.DailyPain;

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

		String json = new FhirExport(MessagesFile.SOURCE).bundle(42, assessments, days);

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
		assertThat(new FhirExport(MessagesFile.SOURCE).bundle(42, assessments, days)).isEqualTo(json);
	}

	@Test
	void withoutAssessmentsOrSessionsTheExportStillValidates() {
		assertThat(FhirValidation.errors(new FhirExport(MessagesFile.SOURCE).bundle(7, List.of(), List.of()))).isEmpty();
	}

	private static StoredAssessment stored(Intake intake) {
		return new StoredAssessment(UUID.randomUUID(), Instant.parse("2026-11-15T09:30:00Z"), "test", intake,
				new Assessment(Level.PROCEED, List.of(), null), 42L);
	}

}
