package com.postpartum.backcare.catalogue;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue's JSON contract: field names as docs/content-guide.md gives them, errors as problem+json. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueApiTest {

	@Autowired
	MockMvc mvc;

	/** Counts come from the catalogue the API reads, so adding an exercise changes no test. */
	@Autowired
	ExerciseRepository exercises;

	@Test
	void anExerciseHasEveryFieldWithItsSafetyAttributes() throws Exception {
		mvc.perform(get("/api/v1/exercises/hollow-body-hold"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.slug").value("hollow-body-hold"))
			.andExpect(jsonPath("$.abdominalLoad").value("high"))
			.andExpect(jsonPath("$.pelvicFloorLoad").value("high"))
			.andExpect(jsonPath("$.difficulty").value(3))
			.andExpect(jsonPath("$.asymmetric").value(false))
			.andExpect(jsonPath("$.beforeClearance").value(false))
			.andExpect(jsonPath("$.regression").value("supported-toe-tap"))
			.andExpect(jsonPath("$.progression").doesNotExist())
			.andExpect(jsonPath("$.category").value("core"))
			.andExpect(jsonPath("$.position").value("supine"))
			.andExpect(jsonPath("$.equipment").isArray())
			.andExpect(jsonPath("$.phases", hasItem(3)))
			.andExpect(jsonPath("$.steps.length()", greaterThan(2)))
			.andExpect(jsonPath("$.cues").isArray())
			.andExpect(jsonPath("$.mistakes").isArray())
			.andExpect(jsonPath("$.stopIf").isArray())
			.andExpect(jsonPath("$.muscles").isArray())
			.andExpect(jsonPath("$.dosage.holdSeconds").value(20))
			.andExpect(jsonPath("$.dosage.fromSource").doesNotExist())
			.andExpect(jsonPath("$.provenance.steps").value("article"))
			.andExpect(jsonPath("$.provenance.repsAndHold").value("article"))
			.andExpect(jsonPath("$.provenance.sets").value("ours"))
			.andExpect(jsonPath("$.sources[0]").value("5 Easy Postpartum Back Pain Exercises (Brittany Robles, MD)"));
	}

	@Test
	void theListIsPagedAndFilteredLikeTheLibrary() throws Exception {
		long total = exercises.count();
		int pageSize = CatalogueApiController.DEFAULT_PAGE_SIZE;
		mvc.perform(get("/api/v1/exercises"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(total))
			.andExpect(jsonPath("$.items", hasSize((int) Math.min(total, pageSize))))
			.andExpect(jsonPath("$.totalPages").value((total + pageSize - 1) / pageSize));
		mvc.perform(get("/api/v1/exercises").param("category", "breathing"))
			.andExpect(jsonPath("$.items[*].slug",
					containsInAnyOrder("connection-breath", "breathing-360", "rock-back-breathing")));
		mvc.perform(get("/api/v1/exercises").param("phase", "1").param("size", "100"))
			.andExpect(jsonPath("$.items[*].beforeClearance", everyItem(is(true))));
		mvc.perform(get("/api/v1/exercises").param("q", "bridge").param("position", "supine").param("difficulty", "1"))
			.andExpect(jsonPath("$.items[*].slug", hasItem("glute-bridge")))
			.andExpect(jsonPath("$.items[*].position", everyItem(is("supine"))));
		mvc.perform(get("/api/v1/exercises").param("equipment", "band"))
			.andExpect(jsonPath("$.items[*].equipment[*]", hasItem("band")));
	}

	@Test
	void badFiltersAreAProblemNamingEveryBadParameter() throws Exception {
		mvc.perform(get("/api/v1/exercises").param("category", "legs").param("difficulty", "x").param("size", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("category", "difficulty", "size")));
	}

	@Test
	void aHugePageNumberIsAProblemNotAServerError() throws Exception {
		mvc.perform(get("/api/v1/exercises").param("page", "2147483647").param("size", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		mvc.perform(get("/api/v1/exercises").param("page", "10000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());
	}

	@Test
	void anUnknownSlugIsAProblemNotFound() throws Exception {
		mvc.perform(get("/api/v1/exercises/flying-unicorn"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void theWrongMethodIsAProblemNotAnError() throws Exception {
		mvc.perform(post("/api/v1/exercises").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void routinesCarryTheirExercisesInOrderWithDosage() throws Exception {
		mvc.perform(get("/api/v1/routines"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.slug == 'phase-1-reconnect')].phase").value(1))
			.andExpect(jsonPath("$[?(@.slug == 'robles-five-move-sequence')].timesPerWeek").value(5))
			.andExpect(jsonPath("$[?(@.slug == 'robles-five-move-sequence')].exercises[0].slug").value("pelvic-tilt"))
			.andExpect(jsonPath("$[0].estimatedMinutes", greaterThan(0)))
			.andExpect(jsonPath("$[0].exercises[0].sets", greaterThan(0)));
		mvc.perform(get("/api/v1/routines/phase-2-rebuild"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value(2));
	}

	@Test
	void theOpenApiDescriptionListsTheCatalogueEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/exercises'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/exercises/{slug}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/routines'].get").exists())
			.andExpect(jsonPath("$.components.schemas.Provenance.description").exists())
			.andExpect(jsonPath("$.components.schemas.Provenance.properties.repsAndHold.enum",
					containsInAnyOrder("article", "ours")));
	}

}
