package com.postpartum.backcare.assessment;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.postpartum.backcare.web.ApiDocs;
import com.postpartum.backcare.web.InvalidRequestException;
import com.postpartum.backcare.web.InvalidRequestException.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/**
 * The triage as a stateless JSON API: answers in, assessment out, nothing stored, no
 * cookie and so no CSRF token (plain curl works).
 */
@RestController
@RequestMapping(path = "/api/v1/assessments")
@Tag(name = "Assessments", description = "The intake questionnaire judged by the triage rules (docs/clinical-rules.md)")
class AssessmentApiController {

	static final String HEALTHY_EXAMPLE = """
			{"weeksSinceBirth": 10, "delivery": "VAGINAL", "clearedForExercise": "YES", "breastfeeding": true,
			 "painAreas": ["LOW_BACK"], "painNow": 3, "painTrend": "IMPROVING", "painWeeks": 4,
			 "abdominalSeparation": "NO", "leakage": "NONE", "pelvicHeaviness": false, "redFlags": []}""";

	static final String RED_FLAG_EXAMPLE = """
			{"weeksSinceBirth": 3, "delivery": "CESAREAN", "clearedForExercise": "NOT_YET_CHECKED",
			 "painNow": 5, "painTrend": "SAME", "redFlags": ["SADDLE_NUMBNESS"]}""";

	/** The answer to HEALTHY_EXAMPLE, with 2 of its 11 exercises: the phase is explained once, for the routine. */
	static final String ASSESSMENT_EXAMPLE = """
			{"level": "PROCEED", "flags": [],
			 "routine": {"slug": "phase-2-rebuild", "title": "Phase 2: Rebuild", "phase": 2,
			  "phaseReason": "Phase 2 (Rebuild) suits you: you are cleared and at least 6 weeks after the birth; the strengthening phase waits because it is less than 12 weeks since the birth.",
			  "exercises": [
			   {"slug": "connection-breath", "name": "Connection breath", "sets": 1, "reps": 8, "holdSeconds": null,
			    "perSide": false, "restSeconds": 30,
			    "reason": "A slow breath that links your diaphragm, pelvic floor and deep belly muscles so they start working as a team again."},
			   {"slug": "cat-cow", "name": "Cat-cow", "sets": 1, "reps": 8, "holdSeconds": 1, "perSide": false,
			    "restSeconds": 30,
			    "reason": "Slowly arching and rounding your back on hands and knees to loosen your spine without any load."}],
			  "excluded": [], "timesPerWeek": 4, "estimatedMinutes": 27}}""";

	static final String PROBLEM_EXAMPLE = """
			{"type": "/problems/invalid-request", "title": "Invalid request", "status": 400,
			 "detail": "Some of the values sent are not valid: see errors.", "instance": "/api/v1/assessments",
			 "errors": [{"field": "painNow", "message": "must be a whole number from 0 to 10"},
			            {"field": "mood", "message": "is not a known field"}]}""";

	private final AssessmentService assessments;

	AssessmentApiController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Judge an intake", description = "Red flags first: EMERGENCY and URGENT answers carry no routine. "
			+ "Otherwise a phase routine filtered for her safety, with why its phase suits her (once) and why each "
			+ "exercise is there. Stores nothing.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = Intake.class),
							examples = { @ExampleObject(name = "healthy, 10 weeks", value = HEALTHY_EXAMPLE),
									@ExampleObject(name = "red flag", value = RED_FLAG_EXAMPLE) })))
	@ApiResponse(responseCode = "200", description = "The assessment",
			content = @Content(schema = @Schema(implementation = Assessment.class),
					examples = @ExampleObject(name = "healthy, 10 weeks (2 of its 11 exercises shown)",
							value = ASSESSMENT_EXAMPLE)))
	@ApiResponse(responseCode = "400", description = "Bad answers, or a body that is not valid JSON: every bad "
			+ "field is named in errors",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocs.PROBLEM),
					examples = @ExampleObject(value = PROBLEM_EXAMPLE)))
	@ApiResponse(responseCode = "413", description = "The body is over 32 KB (an intake is under 2 KB)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocs.PROBLEM)))
	@ApiResponse(responseCode = "415", description = "The body is not sent as application/json",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocs.PROBLEM)))
	Assessment assess(@RequestBody JsonNode body) {
		IntakeParser.Result result = IntakeParser.parse(body);
		if (!result.isValid()) {
			throw new InvalidRequestException(
					result.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
		}
		return assessments.assess(result.intake());
	}

}
