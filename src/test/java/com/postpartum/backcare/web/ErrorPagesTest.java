package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages need the real servlet container (MockMvc does not render them). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownExerciseIsAFriendlyNotFoundPageWithTheUsualLayout() throws Exception {
		HttpResponse<String> response = get("/exercises/flying-unicorn", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page", "Browse the exercise library",
				"Urgent help", "not medical advice");
	}

	@Test
	void anUnknownAddressIsTheSameFriendlyPage() throws Exception {
		HttpResponse<String> response = get("/no/such/page", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page");
	}

	@Test
	void anUnknownApiAddressIsAProblemDocument() throws Exception {
		HttpResponse<String> response = get("/api/v1/nothing-here", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void anErrorNeverShowsAStackTrace() throws Exception {
		HttpResponse<String> response = get("/exercises?page=" + "9".repeat(30), "text/html");
		assertThat(response.statusCode()).isLessThan(500);
		assertThat(response.body()).doesNotContain("Exception", "at com.", "at org.");
	}

	@Test
	void theErrorAddressItselfIsAFriendlyNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/error", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page");
		assertThat(get("/error", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void anErrorPageLinksTheManifestAndTheThemeColoursLikeEveryPage() throws Exception {
		InstallableAppTest.assertLinksTheManifest(get("/exercises/flying-unicorn", "text/html").body());
	}

	@Test
	void anEncodedSlashIsTheAppsOwnBadRequestPage() throws Exception {
		HttpResponse<String> page = get("/exercises/cat%2Fcow", "text/html");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("We could not use that request", "Browse the exercise library");
		HttpResponse<String> api = get("/api/v1/exercises/cat%2Fcow", "application/json");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"detail\"");
	}

	@Test
	void errorsHonourAnAcceptOfProblemJson() throws Exception {
		String problemJson = "application/problem+json";
		for (String path : new String[] { "/api/v1/nothing-here", "/api/v1/exercises?page=abc",
				"/api/v1/exercises/flying-unicorn", "/api/v1/exercises?category=nonsense" }) {
			HttpResponse<String> response = get(path, problemJson);
			assertThat(response.statusCode()).as(path).isBetween(400, 404);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).startsWith(problemJson));
		}
		HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/assessments"))
			.header("Accept", problemJson)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"painNow\": 99}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(400);
		assertThat(post.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(problemJson));
		// A page asked for as problem+json still answers its status, never 406 or 500.
		assertThat(get("/exercises/flying-unicorn", problemJson).statusCode()).isEqualTo(404);
	}

	/**
	 * curl sends no Accept of its own (any type): a page address still answers with its page, in
	 * words and in her language, rather than a bare JSON "Forbidden"; an API address keeps its
	 * problem document.
	 */
	@Test
	void aClientThatAcceptsAnythingGetsThePageAtAPageAddressAndTheProblemAtTheApi() throws Exception {
		HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/assessments/zzz"))
			.header("Accept-Language", "es")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(missing.body()).contains("<html lang=\"es\"", "No encontramos esa página");

		HttpResponse<String> noFormToken = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/intake"))
			.header("Accept", "*/*")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("weeksSinceBirth=6"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(noFormToken.statusCode()).isEqualTo(403);
		assertThat(noFormToken.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(noFormToken.body()).doesNotContain("\"error\":\"Forbidden\"").contains("<h1");

		HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/nothing-here")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
