package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.postpartum.backcare.assessment.AssessmentService.StoredAssessment;
import com.postpartum.backcare.assessment.Intake.PainArea;

import tools.jackson.databind.json.JsonMapper;

/** Storing and reading back an assessment, on any database the app runs on. */
abstract class AssessmentStoreContract {

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentRepository repository;

	@Autowired
	com.postpartum.backcare.account.AccountService accounts;

	@Test
	void anAssessmentIsStoredAndReadBackExactlyAsShown() {
		Intake intake = TriageRulesTest.healthy()
			.weeks(9)
			.painNow(6)
			.painAreas(EnumSet.of(PainArea.LOW_BACK, PainArea.PELVIC_GIRDLE))
			.painWeeks(3)
			.build();
		StoredAssessment stored = assessments.assessAndStore(intake, null);

		StoredAssessment read = assessments.find(stored.id()).orElseThrow();
		assertThat(read.intake()).isEqualTo(intake);
		assertThat(read.assessment()).isEqualTo(stored.assessment());
		assertThat(read.assessment().level()).isEqualTo(Level.CLINICIAN_REVIEW);
		assertThat(read.assessment().routine().phase()).isEqualTo(1);
		assertThat(read.rulesVersion()).isEqualTo(TriageRules.VERSION);
		assertThat(read.createdAt()).isEqualTo(stored.createdAt());
	}

	/**
	 * The service writes with Boot's mapper; stored rows keep exactly the JSON a plain mapper
	 * writes (what they held before), so a Jackson setting added for the API never changes
	 * how an assessment is kept.
	 */
	@Test
	void theStoredJsonIsExactlyWhatAPlainMapperWrites() {
		JsonMapper plain = JsonMapper.builder().build();
		for (Intake intake : List.of(TriageRulesTest.healthy().build(),
				TriageRulesTest.healthy()
					.weeks(9)
					.painNow(6)
					.painWorstLastWeek(7)
					.painAreas(EnumSet.of(PainArea.LOW_BACK, PainArea.PELVIC_GIRDLE))
					.painWeeks(3)
					.separation(Intake.Separation.LARGE)
					.leakage(Intake.Leakage.WORSENING)
					.build(),
				TriageRulesTest.healthy().cleared(Intake.Clearance.NO).build(),
				TriageRulesTest.healthy().redFlags(EnumSet.of(FlagCode.LEG_WEAKNESS, FlagCode.FEVER)).build())) {
			StoredAssessment stored = assessments.assessAndStore(intake, null);
			AssessmentRecord record = repository.findById(stored.id()).orElseThrow();
			assertThat(record.getAnswers()).isEqualTo(plain.writeValueAsString(intake));
			assertThat(record.getOutcome()).isEqualTo(plain.writeValueAsString(stored.assessment()));
		}
	}

	@Test
	void claimedAssessmentsGoWithTheAccountWhenItIsDeleted() {
		com.postpartum.backcare.account.AccountService.Result created = accounts.register(
				new com.postpartum.backcare.account.Registration("store-" + java.util.UUID.randomUUID() + "@example.com",
						"a quiet evening walk", "a quiet evening walk"));
		long accountId = created.account().getId();
		StoredAssessment stored = assessments.assessAndStore(TriageRulesTest.healthy().build(), null);
		assertThat(repository.claim(java.util.List.of(stored.id()), accountId)).isEqualTo(1);
		assertThat(repository.claim(java.util.List.of(stored.id()), accountId + 1)).as("claimed only once").isZero();
		assertThat(assessments.listFor(accountId)).extracting(AssessmentRepository.Summary::id).containsExactly(stored.id());

		accounts.delete(accountId);
		assertThat(assessments.find(stored.id())).isEmpty();
	}

	@Test
	void anAssessmentStoredBeforeThePhaseReasonIsReadBackWithoutOne() {
		java.util.UUID id = java.util.UUID.randomUUID();
		repository.save(new AssessmentRecord(id, java.time.Instant.parse("2026-11-20T09:30:00Z"),
				"triage-1.1 (docs/clinical-rules.md, 2026-11-23)", Level.PROCEED,
				JsonMapper.builder().build().writeValueAsString(TriageRulesTest.healthy().build()),
				IntakePagesTest.STORED_BEFORE_PHASE_REASON, null));
		Assessment.PersonalRoutine routine = assessments.find(id).orElseThrow().assessment().routine();
		assertThat(routine.phaseReason()).isNull();
		assertThat(routine.exercises()).extracting(Assessment.PlannedExercise::reason)
			.allSatisfy(reason -> assertThat(reason).contains("Phase 2 (Rebuild) suits you"));
		assertThat(routine.exercises()).extracting(Assessment.PlannedExercise::holdSeconds).containsExactly(1, 3);
	}

	@Test
	void anEmergencyIsStoredWithoutARoutine() {
		StoredAssessment stored = assessments.assessAndStore(
				TriageRulesTest.healthy().redFlags(EnumSet.of(FlagCode.LEG_WEAKNESS)).build(), null);
		assertThat(assessments.find(stored.id()).orElseThrow().assessment().routine()).isNull();
	}

}
