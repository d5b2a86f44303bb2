package com.postpartum.backcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published OpenAPI document is a contract other software relies on: every operation's
 * real answers, success and error, must validate against the schemas the running app
 * publishes at /v3/api-docs, and the published request schema must accept exactly the
 * intakes the server accepts (docs/architecture.md, "The API contract is tested").
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractTest {

	/** Where the fetched document is registered for the validator; never fetched from the network. */
	static final String DOCUMENT_IRI = "https://backcare.invalid/v3/api-docs";

	static final String INTAKE_SCHEMA = "/paths/~1api~1v1~1assessments/post/requestBody/content/application~1json/schema";

	/** Every operation this test calls, with the answers it provokes; checked against the document's list. */
	static final Set<String> COVERED = Set.of("GET /api/v1/exercises", "GET /api/v1/exercises/{slug}",
			"GET /api/v1/routines", "GET /api/v1/routines/{slug}", "POST /api/v1/assessments");

	static final String HEALTHY = """
			{"weeksSinceBirth": 10, "delivery": "VAGINAL", "clearedForExercise": "YES", "breastfeeding": true,
			 "painAreas": ["LOW_BACK"], "painNow": 3, "painTrend": "IMPROVING", "painWeeks": 4,
			 "abdominalSeparation": "NO", "leakage": "NONE", "pelvicHeaviness": false, "redFlags": []}""";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	JsonNode document;

	SchemaRegistry registry;

	@BeforeEach
	void fetchTheDocument() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String text = response.getContentAsString();
		document = JSON.readTree(text);
		// springdoc publishes OpenAPI 3.1, whose schemas are JSON Schema 2020-12 (OAS base dialect).
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
				builder -> builder.schemas(Map.of(DOCUMENT_IRI, text)));
	}

	// --- The catalogue -------------------------------------------------------------------------

	@Test
	void theExerciseListWithoutFilters() throws Exception {
		JsonNode body = answer(get("/api/v1/exercises"), "GET", "/api/v1/exercises", 200);
		assertThat(body.path("items").size()).isPositive();
	}

	@Test
	void everyExerciseOfTheCatalogueInOnePage() throws Exception {
		JsonNode body = answer(get("/api/v1/exercises").param("size", "100"), "GET", "/api/v1/exercises", 200);
		assertThat(body.path("items").size()).isEqualTo(body.path("totalItems").asInt());
	}

	@Test
	void theExerciseListWithFilters() throws Exception {
		answer(get("/api/v1/exercises").param("category", "core")
			.param("phase", "2")
			.param("difficulty", "1")
			.param("equipment", "none")
			.param("q", "breath")
			.param("page", "1")
			.param("size", "5"), "GET", "/api/v1/exercises", 200);
	}

	@Test
	void aBadFilterIsAProblem() throws Exception {
		JsonNode problem = answer(get("/api/v1/exercises").param("category", "yoga").param("size", "0"), "GET",
				"/api/v1/exercises", 400);
		assertThat(problem.path("errors").size()).isEqualTo(2);
		typeIsDocumented(problem);
	}

	@Test
	void oneExercise() throws Exception {
		// No progression: the hardest of its line.
		answer(get("/api/v1/exercises/hollow-body-hold"), "GET", "/api/v1/exercises/{slug}", 200);
		answer(get("/api/v1/exercises/pelvic-tilt"), "GET", "/api/v1/exercises/{slug}", 200);
	}

	@Test
	void anUnknownExerciseIsAProblem() throws Exception {
		JsonNode problem = answer(get("/api/v1/exercises/no-such-exercise"), "GET", "/api/v1/exercises/{slug}",
				404);
		typeIsDocumented(problem);
	}

	@Test
	void theRoutines() throws Exception {
		JsonNode routines = answer(get("/api/v1/routines"), "GET", "/api/v1/routines", 200);
		assertThat(routines.size()).isPositive();
		for (JsonNode routine : routines) {
			answer(get("/api/v1/routines/" + routine.path("slug").asString()), "GET", "/api/v1/routines/{slug}",
					200);
		}
	}

	@Test
	void anUnknownRoutineIsAProblem() throws Exception {
		answer(get("/api/v1/routines/no-such-routine"), "GET", "/api/v1/routines/{slug}", 404);
	}

	// --- The assessment ------------------------------------------------------------------------

	static Stream<Arguments> answersOfEveryLevel() {
		return Stream.of(Arguments.of("PROCEED", HEALTHY),
				Arguments.of("CLINICIAN_REVIEW", HEALTHY.replace("\"painNow\": 3", "\"painNow\": 6")),
				Arguments.of("URGENT", HEALTHY.replace("\"redFlags\": []", "\"redFlags\": [\"FEVER\"]")),
				Arguments.of("EMERGENCY", """
						{"weeksSinceBirth": 3, "delivery": "CESAREAN", "clearedForExercise": "NOT_YET_CHECKED",
						 "painNow": 5, "painTrend": "SAME", "redFlags": ["SADDLE_NUMBNESS"]}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("answersOfEveryLevel")
	void anAssessmentOfEachLevel(String level, String intake) throws Exception {
		assertThat(validate(INTAKE_SCHEMA, JSON.readTree(intake))).as("the intake sent").isEmpty();
		JsonNode answer = answer(assess(intake), "POST", "/api/v1/assessments", 200);
		assertThat(answer.path("level").asString()).isEqualTo(level);
		if (answer.path("routine").isObject()) {
			// The answer says once why the phase suits her, for the routine.
			assertThat(answer.path("routine").path("phaseReason").asString()).startsWith("Phase ");
		}
	}

	@Test
	void thePublishedRoutineHasItsPhaseReasonNullableForOldAssessments() {
		JsonNode routine = document.path("components").path("schemas").path("PersonalRoutine");
		assertThat(routine.path("required").values()).extracting(JsonNode::asString).contains("phaseReason");
		assertThat(validate("/components/schemas/PersonalRoutine/properties/phaseReason",
				JSON.readTree("null"))).isEmpty();
	}

	@Test
	void badAnswersAreAProblem() throws Exception {
		String bad = HEALTHY.replace("\"painNow\": 3", "\"painNow\": 11")
			.replace("\"redFlags\": []", "\"redFlags\": [\"SEVERE_PAIN\"], \"mood\": \"tired\"");
		JsonNode problem = answer(assess(bad), "POST", "/api/v1/assessments", 400);
		assertThat(problem.path("errors").size()).isEqualTo(3);
		typeIsDocumented(problem);
	}

	@Test
	void aBodyThatIsNotJsonIsAProblem() throws Exception {
		answer(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content("{\"painNow\": "), "POST",
				"/api/v1/assessments", 400);
	}

	@Test
	void aBodyOverTheCapIsAProblem() throws Exception {
		String huge = "{\"painAreas\": [" + "\"X\",".repeat(20_000) + "\"X\"]}";
		answer(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(huge), "POST",
				"/api/v1/assessments", 413);
	}

	@Test
	void anotherMediaTypeIsAProblem() throws Exception {
		answer(post("/api/v1/assessments").contentType(MediaType.TEXT_PLAIN).content("painNow=3"), "POST",
				"/api/v1/assessments", 415);
	}

	// --- The request schema --------------------------------------------------------------------

	static Stream<Arguments> intakes() {
		return Stream.of(Arguments.of("healthy", HEALTHY, true),
				Arguments.of("only the required answers", """
						{"weeksSinceBirth": 0, "delivery": "ASSISTED_VAGINAL", "clearedForExercise": "NO",
						 "painNow": 0, "painTrend": "WORSENING"}""", true),
				Arguments.of("the upper limits", HEALTHY.replace("\"weeksSinceBirth\": 10", "\"weeksSinceBirth\": 520")
					.replace("\"painNow\": 3", "\"painNow\": 10, \"painWorstLastWeek\": 10")
					.replace("\"painWeeks\": 4", "\"painWeeks\": 520"), true),
				Arguments.of("optional answers sent as null", HEALTHY.replace("\"painWeeks\": 4",
						"\"painWeeks\": null, \"painWorstLastWeek\": null")
					.replace("\"leakage\": \"NONE\"", "\"leakage\": null")
					.replace("\"redFlags\": []", "\"redFlags\": null"), true),
				Arguments.of("every red-flag question", HEALTHY.replace("\"redFlags\": []", "\"redFlags\": "
						+ com.postpartum.backcare.assessment.FlagCode.questions().stream().map(c -> "\"" + c + "\"").toList()),
						true),
				Arguments.of("painNow 11", HEALTHY.replace("\"painNow\": 3", "\"painNow\": 11"), false),
				Arguments.of("painNow -1", HEALTHY.replace("\"painNow\": 3", "\"painNow\": -1"), false),
				Arguments.of("painNow as text", HEALTHY.replace("\"painNow\": 3", "\"painNow\": \"3\""), false),
				Arguments.of("painNow a fraction", HEALTHY.replace("\"painNow\": 3", "\"painNow\": 2.5"), false),
				Arguments.of("painWorstLastWeek 11", HEALTHY.replace("\"painNow\": 3", "\"painNow\": 3, \"painWorstLastWeek\": 11"), false),
				Arguments.of("weeksSinceBirth 521", HEALTHY.replace("\"weeksSinceBirth\": 10", "\"weeksSinceBirth\": 521"), false),
				Arguments.of("painWeeks -1", HEALTHY.replace("\"painWeeks\": 4", "\"painWeeks\": -1"), false),
				Arguments.of("an unknown field", HEALTHY.replace("\"painNow\": 3", "\"painNow\": 3, \"mood\": \"tired\""), false),
				Arguments.of("a derived code in redFlags", HEALTHY.replace("\"redFlags\": []", "\"redFlags\": [\"SEVERE_PAIN\"]"), false),
				Arguments.of("an unknown pain area", HEALTHY.replace("\"LOW_BACK\"", "\"KNEE\""), false),
				Arguments.of("an unknown delivery", HEALTHY.replace("\"VAGINAL\"", "\"HOME\""), false),
				Arguments.of("breastfeeding as text", HEALTHY.replace("\"breastfeeding\": true", "\"breastfeeding\": \"yes\""), false),
				Arguments.of("painTrend missing", HEALTHY.replace("\"painTrend\": \"IMPROVING\",", ""), false),
				Arguments.of("painNow null", HEALTHY.replace("\"painNow\": 3", "\"painNow\": null"), false),
				Arguments.of("not an object", "[]", false));
	}

	/** The published Intake schema and the server agree on every one of these answers. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("intakes")
	void thePublishedIntakeSchemaAcceptsWhatTheServerAccepts(String name, String intake, boolean valid)
			throws Exception {
		List<Error> errors = validate(INTAKE_SCHEMA, JSON.readTree(intake));
		assertThat(errors.isEmpty()).as("the published schema accepts %s: %s", name, errors).isEqualTo(valid);
		int status = mvc.perform(assess(intake)).andReturn().getResponse().getStatus();
		assertThat(status).as("the server's answer to %s", name).isEqualTo(valid ? 200 : 400);
	}

	// --- The document itself -------------------------------------------------------------------

	@Test
	void everyDocumentedOperationIsCheckedHere() {
		Set<String> documented = new TreeSet<>();
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(operation.getKey())) {
				documented.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
			}
		}));
		assertThat(documented).containsExactlyInAnyOrderElementsOf(COVERED);
	}

	@Test
	void everyResponseHasASchemaAndEveryExampleFitsIt() {
		List<String> problems = new ArrayList<>();
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String where = operation.getKey() + " " + path.getKey();
			JsonNode responses = operation.getValue().path("responses");
			assertThat(responses.properties()).as(where + " responses").isNotEmpty();
			responses.properties().forEach(response -> response.getValue().path("content").properties().forEach(media -> {
				String pointer = "/paths/" + escape(path.getKey()) + "/" + operation.getKey() + "/responses/"
						+ response.getKey() + "/content/" + escape(media.getKey());
				if (!media.getValue().has("schema")) {
					problems.add(where + " " + response.getKey() + " " + media.getKey() + " has no schema");
					return;
				}
				examples(media.getValue()).forEach(example -> validate(pointer + "/schema", example)
					.forEach(e -> problems.add(where + " " + response.getKey() + " example: " + e)));
			}));
			JsonNode request = operation.getValue().path("requestBody").path("content");
			request.properties().forEach(media -> examples(media.getValue())
				.forEach(example -> validate("/paths/" + escape(path.getKey()) + "/" + operation.getKey()
						+ "/requestBody/content/" + escape(media.getKey()) + "/schema", example)
					.forEach(e -> problems.add(where + " request example: " + e))));
		}));
		assertThat(problems).isEmpty();
	}

	@Test
	void theDocumentSaysItsLicenceAndThatNoAuthenticationIsNeeded() {
		assertThat(document.path("info").path("license").path("name").asString()).isNotBlank();
		assertThat(document.has("security")).as("an explicit top-level security").isTrue();
		assertThat(document.path("security").isArray()).isTrue();
		assertThat(document.path("security").size()).as("no authentication: security is []").isZero();
	}

	// --- Helpers ---------------------------------------------------------------------------------

	private static RequestBuilder assess(String intake) {
		return post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(intake);
	}

	/**
	 * Performs the request and checks its answer against the document: the status must be
	 * listed for the operation, the media type listed for that status, with a schema, and
	 * the body must validate against that schema.
	 */
	private JsonNode answer(RequestBuilder request, String method, String path, int expectedStatus) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String where = method + " " + path + " → " + response.getStatus();
		assertThat(response.getStatus()).as(where).isEqualTo(expectedStatus);
		JsonNode operation = document.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
		assertThat(operation.isMissingNode()).as("%s %s is in the document", method, path).isFalse();
		JsonNode documented = operation.path("responses").path(String.valueOf(response.getStatus()));
		if (documented.isMissingNode()) {
			fail("%s: the document lists only %s for this operation", where,
					operation.path("responses").propertyNames());
		}
		MediaType type = MediaType.parseMediaType(response.getContentType());
		String mediaKey = null;
		for (String key : documented.path("content").propertyNames()) {
			MediaType candidate = MediaType.parseMediaType(key);
			if (candidate.getType().equals(type.getType()) && candidate.getSubtype().equals(type.getSubtype())) {
				mediaKey = key;
			}
		}
		if (mediaKey == null) {
			fail("%s answered %s: the document lists only %s", where, type, documented.path("content").propertyNames());
		}
		if (!documented.path("content").path(mediaKey).has("schema")) {
			fail("%s %s: the document gives no schema", where, mediaKey);
		}
		JsonNode body = JSON.readTree(response.getContentAsString());
		String pointer = "/paths/" + escape(path) + "/" + method.toLowerCase(java.util.Locale.ROOT) + "/responses/"
				+ response.getStatus() + "/content/" + escape(mediaKey) + "/schema";
		List<Error> errors = validate(pointer, body);
		assertThat(errors).as("%s: the answer fits the published schema; it was %s", where, abbreviate(body))
			.isEmpty();
		return body;
	}

	/** A problem's type is about:blank or an address that answers with a page explaining it. */
	private void typeIsDocumented(JsonNode problem) throws Exception {
		String type = problem.path("type").asString("about:blank");
		if (!type.equals("about:blank")) {
			assertThat(mvc.perform(get(type).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus())
				.as("the problem type %s answers", type)
				.isEqualTo(200);
		}
	}

	/**
	 * Validates against the schema at a JSON pointer into the document. The schema is copied
	 * with its local references made absolute, so they resolve inside the registered document.
	 */
	private List<Error> validate(String pointer, JsonNode instance) {
		JsonNode schemaNode = document.at(pointer);
		assertThat(schemaNode.isMissingNode()).as("the document has %s", pointer).isFalse();
		JsonNode copy = absoluteRefs(schemaNode.deepCopy());
		Schema schema = registry.getSchema(copy);
		return schema.validate(instance);
	}

	private static JsonNode absoluteRefs(JsonNode node) {
		if (node instanceof ObjectNode object) {
			JsonNode ref = object.get("$ref");
			if (ref != null && ref.isString() && ref.asString().startsWith("#")) {
				object.put("$ref", DOCUMENT_IRI + ref.asString());
			}
			object.properties().forEach(entry -> absoluteRefs(entry.getValue()));
		}
		else if (node != null && node.isArray()) {
			node.forEach(ApiContractTest::absoluteRefs);
		}
		return node;
	}

	private static List<JsonNode> examples(JsonNode media) {
		List<JsonNode> found = new ArrayList<>();
		if (media.has("example")) {
			found.add(media.get("example"));
		}
		for (Iterator<JsonNode> it = media.path("examples").values().iterator(); it.hasNext();) {
			JsonNode example = it.next();
			if (example.has("value")) {
				found.add(example.get("value"));
			}
		}
		return found;
	}

	private static String escape(String segment) {
		return segment.replace("~", "~0").replace("/", "~1");
	}

	private static String abbreviate(JsonNode body) {
		String text = body.toString();
		return text.length() > 400 ? text.substring(0, 400) + "…" : text;
	}

}
