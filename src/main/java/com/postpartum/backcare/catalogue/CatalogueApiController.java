package com.postpartum.backcare.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.postpartum.backcare.web.ApiDocs;
import com.postpartum.backcare.web.InvalidRequestException;
import com.postpartum.backcare.web.InvalidRequestException.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The catalogue as JSON: the same filters as the library page, every field of every exercise. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalogue", description = "Exercises and curated routines")
class CatalogueApiController {

	static final int DEFAULT_PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	private final CatalogueService catalogue;

	CatalogueApiController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/exercises")
	@Operation(summary = "List exercises", description = "Filters combine; free text matches name, summary and purpose.")
	@ApiResponse(responseCode = "200", description = "One page of exercises")
	@ApiResponse(responseCode = "400", description = "A bad filter, page or size: each one is named in errors",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocs.PROBLEM)))
	ExerciseList exercises(@Parameter(description = "free text") @RequestParam(required = false) String q,
			@Parameter(description = "breathing, core, glutes, hips-hamstrings, mobility, stretch, movement-pattern") @RequestParam(required = false) String category,
			@Parameter(description = "supine, side-lying, prone, quadruped, kneeling, half-kneeling, seated, standing") @RequestParam(required = false) String position,
			@Parameter(description = "1, 2 or 3") @RequestParam(required = false) String phase,
			@Parameter(description = "1 gentle to 3 advanced") @RequestParam(required = false) String difficulty,
			@Parameter(description = "none, chair-box, band, pillow, weight") @RequestParam(required = false) String equipment,
			@Parameter(description = "1-based page number") @RequestParam(required = false) String page,
			@Parameter(description = "items per page, 1 to 100") @RequestParam(required = false) String size) {
		ExerciseFilter filter = ExerciseFilter.parse(q, category, position, phase, difficulty, equipment);
		List<FieldProblem> problems = new ArrayList<>(filter.problems()
			.stream()
			.map(p -> new FieldProblem(p.parameter(), "api.exercises.invalid", p.value(), p.allowed()))
			.toList());
		int pageNumber = PageNumber.parse(page);
		if (pageNumber < 1) {
			problems.add(new FieldProblem("page", "api.exercises.range", String.valueOf(PageNumber.MAX)));
		}
		int pageSize = size == null || size.isBlank() ? DEFAULT_PAGE_SIZE : PageNumber.parse(size);
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			problems.add(new FieldProblem("size", "api.exercises.range", String.valueOf(MAX_PAGE_SIZE)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		Page<ExerciseView> results = catalogue.findExercises(filter, pageNumber, pageSize);
		return new ExerciseList(results.getContent(), pageNumber, pageSize, results.getTotalElements(),
				results.getTotalPages());
	}

	@GetMapping("/exercises/{slug}")
	@Operation(summary = "One exercise with every field, safety attributes included")
	@ApiResponse(responseCode = "200", description = "The exercise")
	@ApiResponse(responseCode = "404", description = "No exercise has this slug",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocs.PROBLEM)))
	ExerciseView exercise(@PathVariable String slug) {
		return catalogue.exercise(slug)
			.orElseThrow(() -> notFound("api.exercises.notFound", slug));
	}

	@GetMapping("/routines")
	@Operation(summary = "Every curated routine with its exercises and dosage")
	@ApiResponse(responseCode = "200", description = "The routines")
	List<RoutineView> routines() {
		return catalogue.routines();
	}

	@GetMapping("/routines/{slug}")
	@Operation(summary = "One curated routine")
	@ApiResponse(responseCode = "200", description = "The routine")
	@ApiResponse(responseCode = "404", description = "No routine has this slug",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = ApiDocs.PROBLEM)))
	RoutineView routine(@PathVariable String slug) {
		return catalogue.routine(slug)
			.orElseThrow(() -> notFound("api.routines.notFound", slug));
	}

	/** A 404 whose detail the API's error handling finds in messages.properties. */
	private static ErrorResponseException notFound(String detailKey, String slug) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
				detailKey, new Object[] { slug });
	}

	/** One page of exercises. */
	record ExerciseList(List<ExerciseView> items, int page, int size, long totalItems, int totalPages) {
	}

}
