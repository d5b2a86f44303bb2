package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/v1/assessments exactly as docs/clinical-rules.md documents it: 200, 400 of every kind, 415. */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentApiTest {

	static final String HEALTHY_TEN_WEEKS = """
			{"weeksSinceBirth": 10, "delivery": "VAGINAL", "clearedForExercise": "YES", "painNow": 2,
			 "painTrend": "IMPROVING", "abdominalSeparation": "NO", "leakage": "NONE", "painAreas": ["LOW_BACK"]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentRepository assessments;

	@Test
	void aHealthyTenWeekIntakeGetsAPhaseTwoRoutineInTheDocumentedShape() throws Exception {
		post(HEALTHY_TEN_WEEKS).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(jsonPath("$.level").value("PROCEED"))
			.andExpect(jsonPath("$.flags").isEmpty())
			.andExpect(jsonPath("$.routine.slug").value("phase-2-rebuild"))
			.andExpect(jsonPath("$.routine.title").isString())
			.andExpect(jsonPath("$.routine.phase").value(2))
			.andExpect(jsonPath("$.routine.phaseReason", org.hamcrest.Matchers.startsWith("Phase 2 (Rebuild) suits you")))
			.andExpect(jsonPath("$.routine.timesPerWeek", greaterThan(0)))
			.andExpect(jsonPath("$.routine.estimatedMinutes", greaterThan(0)))
			.andExpect(jsonPath("$.routine.excluded").isArray())
			.andExpect(jsonPath("$.routine.exercises[0].slug").isString())
			.andExpect(jsonPath("$.routine.exercises[0].name").isString())
			.andExpect(jsonPath("$.routine.exercises[0].sets", greaterThan(0)))
			.andExpect(jsonPath("$.routine.exercises[0].perSide").isBoolean())
			.andExpect(jsonPath("$.routine.exercises[0].restSeconds").isNumber())
			.andExpect(jsonPath("$.routine.exercises[0]").value(org.hamcrest.Matchers.hasKey("reps")))
			.andExpect(jsonPath("$.routine.exercises[0]").value(org.hamcrest.Matchers.hasKey("holdSeconds")))
			.andExpect(jsonPath("$.routine.exercises[*].reason", everyItem(not(emptyString()))))
			// The phase is said once, above: no exercise's reason repeats it.
			.andExpect(jsonPath("$.routine.exercises[*].reason",
					everyItem(not(org.hamcrest.Matchers.containsString("suits you")))));
	}

	/** The documented answer is the real one, its exercise list cut after two. */
	@Test
	void theDocumentedAnswerIsWhatTheApiSays() throws Exception {
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		tools.jackson.databind.node.ObjectNode real = (tools.jackson.databind.node.ObjectNode) json
			.readTree(post(AssessmentApiController.HEALTHY_EXAMPLE).andReturn().getResponse().getContentAsString());
		tools.jackson.databind.node.ArrayNode exercises = (tools.jackson.databind.node.ArrayNode) real.path("routine")
			.path("exercises");
		while (exercises.size() > 2) {
			exercises.remove(exercises.size() - 1);
		}
		assertThat(real).isEqualTo(json.readTree(AssessmentApiController.ASSESSMENT_EXAMPLE));
	}

	@Test
	void aRedFlagIsAnEmergencyWithNoRoutineAtAll() throws Exception {
		String body = HEALTHY_TEN_WEEKS.replace("\"painAreas\"", "\"redFlags\": [\"SADDLE_NUMBNESS\"], \"painAreas\"");
		post(body).andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("EMERGENCY"))
			.andExpect(jsonPath("$.flags[0].code").value("SADDLE_NUMBNESS"))
			.andExpect(jsonPath("$.flags[0].level").value("EMERGENCY"))
			.andExpect(jsonPath("$.flags[0].title").isString())
			.andExpect(jsonPath("$.flags[0].advice").isString())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"routine\":null")));
	}

	@Test
	void severePainIsUrgentWithNoRoutine() throws Exception {
		post(HEALTHY_TEN_WEEKS.replace("\"painNow\": 2", "\"painNow\": 8")).andExpect(jsonPath("$.level").value("URGENT"))
			.andExpect(jsonPath("$.flags[*].code", hasItem("SEVERE_PAIN")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"routine\":null")));
	}

	@Test
	void notClearedGetsClinicianReviewAndOnlyExercisesAllowedBeforeClearance() throws Exception {
		post(HEALTHY_TEN_WEEKS.replace("\"YES\"", "\"NOT_YET_CHECKED\"")).andExpect(jsonPath("$.level").value("CLINICIAN_REVIEW"))
			.andExpect(jsonPath("$.routine.phase").value(1))
			.andExpect(jsonPath("$.routine.exercises[*].slug", everyItem(org.hamcrest.Matchers.isIn(java.util.List.of(
					"connection-breath", "breathing-360", "pelvic-tilt", "heel-slide", "adductor-squeeze",
					"rock-back-breathing", "walking")))));
	}

	@Test
	void theApiStoresNothing() throws Exception {
		long before = assessments.count();
		post(HEALTHY_TEN_WEEKS).andExpect(status().isOk());
		post("{}").andExpect(status().isBadRequest());
		assertThat(assessments.count()).isEqualTo(before);
	}

	@Test
	void wrongTypesOutOfRangeUnknownValuesAndFieldsAreAllNamedAtOnce() throws Exception {
		post("""
				{"weeksSinceBirth": "ten", "delivery": "HOME", "clearedForExercise": "YES", "painNow": 11,
				 "painTrend": "SAME", "breastfeeding": "yes", "painAreas": ["KNEE"], "favouriteColour": "blue"}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").isString())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("weeksSinceBirth", "delivery", "painNow",
					"breastfeeding", "painAreas[0]", "favouriteColour")))
			.andExpect(jsonPath("$.errors[*].message", everyItem(not(emptyString()))));
	}

	@Test
	void missingRequiredFieldsAreNamed() throws Exception {
		post("{\"painNow\": 3}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("weeksSinceBirth", "delivery", "clearedForExercise", "painTrend")));
	}

	@Test
	void malformedJsonIsAProblemNotAnError() throws Exception {
		post("{\"weeksSinceBirth\": 10,").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The request body is missing or is not valid JSON."));
		post("").andExpect(status().isBadRequest());
		post("[]").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("(body)"));
	}

	@Test
	void aBodyThatIsNotJsonIsUnsupported() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/assessments")
			.contentType(MediaType.TEXT_PLAIN)
			.content("weeksSinceBirth=10"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/assessments")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("weeksSinceBirth=10")).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void theOpenApiDescriptionDocumentsTheEndpointWithExamples() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/assessments'].post.requestBody.content['application/json'].examples").exists())
			.andExpect(jsonPath("$.paths['/api/v1/assessments'].post.responses['400']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/assessments'].post.responses['415']").exists());
	}

	private ResultActions post(String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/assessments")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
