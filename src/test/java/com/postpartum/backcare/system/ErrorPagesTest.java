package com.postpartum.backcare.system;

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

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
