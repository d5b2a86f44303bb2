package com.postpartum.backcare;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON API answers in the language of Accept-Language, English when the header is missing,
 * names a language the app does not speak, or cannot be read; every answer says which language
 * it is in (Content-Language) and that it depends on the header (Vary). Expected words come from
 * the content files and the message files themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiLanguageTest {

	static final String RED_FLAG = """
			{"weeksSinceBirth": 3, "delivery": "CESAREAN", "clearedForExercise": "NOT_YET_CHECKED",
			 "painNow": 5, "painTrend": "SAME", "redFlags": ["SADDLE_NUMBNESS"]}""";

	static final String HEALTHY_TEN_WEEKS = """
			{"weeksSinceBirth": 10, "delivery": "VAGINAL", "clearedForExercise": "YES", "painNow": 2,
			 "painTrend": "IMPROVING", "abdominalSeparation": "NO", "leakage": "NONE", "painAreas": ["LOW_BACK"]}""";

	static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final YAMLMapper YAML = new YAMLMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Test
	void aRedFlagIsTitledAndAdvisedInSpanishWhenTheHeaderAsksForSpanish() throws Exception {
		JsonNode spanish = content("es/flags/saddle-numbness.yml");
		assess(RED_FLAG, "es-ES,es;q=0.9,en;q=0.5").andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "es"))
			.andExpect(header().string(HttpHeaders.VARY, containsString("Accept-Language")))
			.andExpect(jsonPath("$.level").value("EMERGENCY"))
			.andExpect(jsonPath("$.flags[0].code").value("SADDLE_NUMBNESS"))
			.andExpect(jsonPath("$.flags[0].title").value(spanish.path("title").asString()))
			.andExpect(jsonPath("$.flags[0].advice").value(spanish.path("advice").asString()))
			.andExpect(jsonPath("$.flags[0].advice", containsString("112")));
	}

	/** No header, a language the app does not speak, or a header that cannot be read: English, never an error. */
	@ParameterizedTest
	@ValueSource(strings = { "", "fr", "fr-FR,de;q=0.8", "*;q=abc", "es;q=2", ";;;,,,", "x-klingon-0123456789012345678901234567890" })
	void anyOtherHeaderGetsEnglish(String acceptLanguage) throws Exception {
		JsonNode english = content("flags/saddle-numbness.yml");
		assess(RED_FLAG, acceptLanguage.isEmpty() ? null : acceptLanguage).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
			.andExpect(header().string(HttpHeaders.VARY, containsString("Accept-Language")))
			.andExpect(jsonPath("$.flags[0].title").value(english.path("title").asString()))
			.andExpect(jsonPath("$.flags[0].advice").value(english.path("advice").asString()));
	}

	@Test
	void aTenKilobyteHeaderGetsEnglish() throws Exception {
		String hostile = "es;q=0.1," + "xx-yy;q=0.5,".repeat(850);
		assess(RED_FLAG, hostile).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
			.andExpect(jsonPath("$.flags[0].title").value(content("flags/saddle-numbness.yml").path("title").asString()));
	}

	@Test
	void theRoutinesReasonsAndExerciseNamesAreInSpanish() throws Exception {
		assess(HEALTHY_TEN_WEEKS, "es").andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "es"))
			.andExpect(jsonPath("$.routine.phase").value(2))
			.andExpect(jsonPath("$.routine.phaseReason",
					is(messages.getMessage("assessment.reason.phase.2.waits",
							new Object[] { messages.getMessage("assessment.reason.phase.3.waits.weeks", null, SPANISH) },
							SPANISH))))
			.andExpect(jsonPath("$.routine.title").value(content("es/routines/phase-2-rebuild.yml").path("title").asString()))
			.andExpect(jsonPath("$.routine.exercises[?(@.slug == 'connection-breath')].name",
					hasItem(content("es/exercises/connection-breath.yml").path("name").asString())))
			.andExpect(jsonPath("$.routine.exercises[?(@.slug == 'connection-breath')].reason",
					hasItem(content("es/exercises/connection-breath.yml").path("summary").asString())));
		assess(HEALTHY_TEN_WEEKS, null)
			.andExpect(jsonPath("$.routine.phaseReason", containsString("Phase 2 (Rebuild) suits you")))
			.andExpect(jsonPath("$.routine.exercises[?(@.slug == 'connection-breath')].name",
					hasItem(content("exercises/connection-breath.yml").path("name").asString())));
	}

	@Test
	void badAnswersAreExplainedInSpanish() throws Exception {
		assess("""
				{"weeksSinceBirth": 10, "delivery": "VAGINAL", "clearedForExercise": "YES", "painNow": 11,
				 "painTrend": "SAME", "mood": "tired"}""", "es")
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "es"))
			.andExpect(header().string(HttpHeaders.VARY, containsString("Accept-Language")))
			.andExpect(jsonPath("$.title").value(words("api.problem.invalid.title", SPANISH)))
			.andExpect(jsonPath("$.detail").value(words("api.problem.invalid.detail", SPANISH)))
			.andExpect(jsonPath("$.errors[?(@.field == 'painNow')].message", hasItem(containsString("de 0 a 10"))))
			.andExpect(jsonPath("$.errors[*].message", everyItem(isIn(spanishMessages()))));
		assess("{\"weeksSinceBirth\": 10,", "es").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value(words("api.problem.unreadable.title", SPANISH)))
			.andExpect(jsonPath("$.detail").value(words("api.problem.unreadable.detail", SPANISH)));
		mvc.perform(get("/api/v1/exercises").param("phase", "9").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "es"))
			.andExpect(jsonPath("$.title").value(words("api.problem.invalid.title", SPANISH)))
			.andExpect(jsonPath("$.errors[0].field").value("phase"))
			.andExpect(jsonPath("$.errors[0].message", containsString("'9' no es válido")));
		assess("{\"painNow\": 11}", "fr").andExpect(status().isBadRequest())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
			.andExpect(jsonPath("$.title").value(words("api.problem.invalid.title", Locale.ENGLISH)));
	}

	/** No such address, a method or a body type no operation takes: Spring's refusals, in the language asked. */
	@Test
	void refusalsBeforeAnyOperationAreInSpanishToo() throws Exception {
		for (String language : List.of("es", "en")) {
			Locale locale = Locale.forLanguageTag(language);
			mvc.perform(get("/api/v1/nothing-here").header(HttpHeaders.ACCEPT_LANGUAGE, language))
				.andExpect(status().isNotFound())
				.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, language))
				.andExpect(jsonPath("$.title").value(words("api.problem.notFound.title", locale)))
				.andExpect(jsonPath("$.detail").value(words("api.problem.notFound.detail", locale)));
			mvc.perform(delete("/api/v1/exercises").header(HttpHeaders.ACCEPT_LANGUAGE, language))
				.andExpect(status().isMethodNotAllowed())
				.andExpect(header().exists(HttpHeaders.ALLOW))
				.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, language))
				.andExpect(jsonPath("$.title").value(words("api.problem.method.title", locale)))
				.andExpect(jsonPath("$.detail").value(words("api.problem.method.detail", locale)));
			mvc.perform(post("/api/v1/assessments").contentType(MediaType.TEXT_PLAIN)
				.content("painNow=3")
				.header(HttpHeaders.ACCEPT_LANGUAGE, language))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, language))
				.andExpect(jsonPath("$.title").value(words("api.problem.mediaType.title", locale)))
				.andExpect(jsonPath("$.detail").value(words("api.problem.mediaType.detail", locale)));
		}
		mvc.perform(get("/api/v1/exercises/{slug}", "no-such-exercise").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(jsonPath("$.title").value(words("api.problem.notFound.title", SPANISH)));
	}

	@Test
	void anExerciseIsInSpanishAndTheCachedCopiesKeepTheirLanguages() throws Exception {
		JsonNode spanish = content("es/exercises/bird-dog.yml");
		JsonNode english = content("exercises/bird-dog.yml");
		// Twice each, alternating: the second of each is served from the page cache.
		for (int round = 0; round < 2; round++) {
			exercise("bird-dog", "es").andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "es"))
				.andExpect(header().string(HttpHeaders.VARY, containsString("Accept-Language")))
				.andExpect(jsonPath("$.slug").value("bird-dog"))
				.andExpect(jsonPath("$.name").value(spanish.path("name").asString()))
				.andExpect(jsonPath("$.summary").value(spanish.path("summary").asString()));
			exercise("bird-dog", null).andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
				.andExpect(header().string(HttpHeaders.VARY, containsString("Accept-Language")))
				.andExpect(jsonPath("$.name").value(english.path("name").asString()));
			exercise("bird-dog", "*;q=abc").andExpect(status().isOk())
				.andExpect(jsonPath("$.name").value(english.path("name").asString()));
		}
		exercise("no-such-exercise", "es").andExpect(status().isNotFound())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "es"))
			.andExpect(jsonPath("$.detail").value(messages.getMessage("api.exercises.notFound",
					new Object[] { "no-such-exercise" }, SPANISH)));
	}

	@Test
	void theOpenApiDocumentSaysTheApiFollowsAcceptLanguage() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.info.description", containsString("Accept-Language")))
			.andExpect(jsonPath("$.paths['/api/v1/assessments'].post.parameters[?(@.name == 'Accept-Language')].in",
					hasItem("header")))
			.andExpect(jsonPath("$.paths['/api/v1/exercises/{slug}'].get.parameters[?(@.name == 'Accept-Language')].in",
					hasItem("header")));
	}

	private ResultActions assess(String body, String acceptLanguage) throws Exception {
		return mvc.perform(withLanguage(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body),
				acceptLanguage));
	}

	private ResultActions exercise(String slug, String acceptLanguage) throws Exception {
		return mvc.perform(withLanguage(get("/api/v1/exercises/{slug}", slug), acceptLanguage));
	}

	private static MockHttpServletRequestBuilder withLanguage(MockHttpServletRequestBuilder request,
			String acceptLanguage) {
		return acceptLanguage == null ? request : request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
	}

	private String words(String key, Locale language) {
		return messages.getMessage(key, null, language);
	}

	/** The Spanish words of the two problems of the refused answer. */
	private List<String> spanishMessages() {
		return List.of(messages.getMessage("intake.problem.number", new Object[] { "0", "10" }, SPANISH),
				messages.getMessage("intake.problem.unknown", null, SPANISH));
	}

	private static JsonNode content(String file) throws IOException {
		return YAML.readTree(Path.of("content", file).toFile());
	}

}
