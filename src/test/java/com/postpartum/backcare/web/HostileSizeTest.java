package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile sizes against the real server (docs/performance.md, "Hostile size"): one body of a
 * few MB once exhausted a 512 MB heap. Bodies are capped (413), lists and problem lists are
 * bounded, and the app keeps answering while many such bodies arrive at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileSizeTest {

	private static final String API = "/api/v1/assessments";

	private static final String VALID = """
			{"weeksSinceBirth": 10, "delivery": "VAGINAL", "clearedForExercise": "YES", "painNow": 3, "painTrend": "IMPROVING"}""";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aBodyOverTheCapIsRefusedWith413BeforeItIsRead() throws Exception {
		HttpResponse<String> answer = post(API, "application/json", HttpRequest.BodyPublishers.ofString(hugeList()));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(answer.body()).contains("too large").hasSizeLessThan(1000);
	}

	/** Both ways a body runs over the cap: refused before anything reads it, or once the reading passes the cap. */
	@Test
	void aMegabyteBodyIsRefusedInTheLanguageAsked() throws Exception {
		byte[] megabyte = ("{\"notes\": \"" + "a".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
		for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(megabyte),
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(megabyte)))) {
			HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(uri(API))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.header("Accept-Language", "es")
				.POST(body)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.statusCode()).isEqualTo(413);
			assertThat(answer.headers().firstValue("Content-Language")).hasValue("es");
			// JSON is read as UTF-8, whatever charset the answer names.
			JsonNode problem = JsonMapper.builder().build().readTree(new String(answer.body(), StandardCharsets.UTF_8));
			assertThat(problem.get("title").asString()).isEqualTo("Contenido demasiado grande");
			assertThat(problem.get("detail").asString()).isEqualTo("La solicitud es demasiado grande: se aceptan como máximo 32 KB.");
		}
	}

	/**
	 * A hostile Accept-Language: within the server's 8 KB header limit the app answers in English;
	 * past it the server refuses the request itself (400). Never a 500.
	 */
	@Test
	void aHostileAcceptLanguageIsEnglishOrRefusedNeverAnError() throws Exception {
		for (String header : List.of("*;q=abc", "es;q=0.1," + "xx-yy;q=0.5,".repeat(550), "es-" + "x".repeat(6000),
				"es;q=0.1," + "xx-yy;q=0.5,".repeat(850))) {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(API))
				.header("Content-Type", "application/json")
				.header("Accept-Language", header)
				.POST(HttpRequest.BodyPublishers.ofString(VALID))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as("%d characters", header.length()).isIn(200, 400);
			if (header.length() < 7_000) {
				assertThat(answer.statusCode()).isEqualTo(200);
				assertThat(answer.headers().firstValue("Content-Language")).hasValue("en");
			}
		}
	}

	@Test
	void aBodyWithoutALengthStopsBeingReadAtTheCap() throws Exception {
		byte[] huge = hugeList().getBytes(StandardCharsets.UTF_8);
		// ofInputStream has no known length: the body goes chunked.
		HttpResponse<String> answer = post(API, "application/json",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("too large").hasSizeLessThan(1000);
	}

	@Test
	void aFormOverTheCapGetsTheFriendlyPage() throws Exception {
		String form = "painNow=3&notes=" + "x".repeat(RequestSizeFilter.MAX_BODY_BYTES);
		HttpRequest browser = HttpRequest.newBuilder(uri("/intake"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		HttpResponse<String> answer = http.send(browser, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("<html").doesNotContain("Exception", "Tomcat");
	}

	@Test
	void aLongListWithinTheCapIsOneProblemNotOnePerItem() throws Exception {
		String body = "{\"painAreas\": [" + "\"X\",".repeat(5000) + "\"X\"], \"redFlags\": [" + "1,".repeat(2000)
				+ "1]}";
		assertThat(body.length()).isLessThan(RequestSizeFilter.MAX_BODY_BYTES);
		HttpResponse<String> answer = post(API, "application/json", HttpRequest.BodyPublishers.ofString(body));
		assertThat(answer.statusCode()).isEqualTo(400);
		JsonNode errors = JsonMapper.builder().build().readTree(answer.body()).get("errors");
		List<String> fields = new ArrayList<>();
		errors.forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).contains("painAreas", "redFlags").doesNotContain("painAreas[1]");
		assertThat(answer.body()).contains("has 5001 items; at most 7").hasSizeLessThan(4000);
	}

	@Test
	void manyUnknownFieldsGiveABoundedList() throws Exception {
		StringBuilder body = new StringBuilder("{");
		for (int i = 0; i < 1500; i++) {
			body.append("\"f").append(i).append("\":1,");
		}
		body.append("\"last\":1}");
		HttpResponse<String> answer = post(API, "application/json", HttpRequest.BodyPublishers.ofString(body.toString()));
		assertThat(answer.statusCode()).isEqualTo(400);
		JsonNode errors = JsonMapper.builder().build().readTree(answer.body()).get("errors");
		assertThat(errors.size()).isEqualTo(21);
		assertThat(answer.body()).contains("more problems; correct these first");
	}

	@Test
	void aFieldSentTwiceIsRefusedByName() throws Exception {
		String body = VALID.replace("\"painNow\": 3", "\"painNow\": 3, \"painNow\": 9");
		HttpResponse<String> answer = post(API, "application/json", HttpRequest.BodyPublishers.ofString(body));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("\"field\":\"painNow\"", "more than once");
	}

	@Test
	void theAppKeepsAnsweringWhileHostileBodiesArriveInParallel() throws Exception {
		byte[] huge = hugeList().getBytes(StandardCharsets.UTF_8);
		List<CompletableFuture<HttpResponse<String>>> attacks = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			HttpRequest.BodyPublisher body = i % 2 == 0 ? HttpRequest.BodyPublishers.ofByteArray(huge)
					: HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge));
			attacks.add(http.sendAsync(request(API, "application/json", body), HttpResponse.BodyHandlers.ofString()));
		}
		for (CompletableFuture<HttpResponse<String>> attack : attacks) {
			try {
				assertThat(attack.get().statusCode()).isEqualTo(413);
			}
			catch (java.util.concurrent.ExecutionException closedEarly) {
				// The server may close the connection before the whole body is sent: refused all the same.
			}
		}
		HttpResponse<String> answer = post(API, "application/json", HttpRequest.BodyPublishers.ofString(VALID));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"level\":\"PROCEED\"");
		assertThat(http.send(HttpRequest.newBuilder(uri("/exercises")).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
	}

	/** The attack measured on the old app: 2.6 MB of bad list items. */
	private static String hugeList() {
		return "{\"painAreas\": [" + "\"X\", ".repeat(524_287) + "\"X\"]}";
	}

	private HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
		return http.send(request(path, type, body), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path, String type, HttpRequest.BodyPublisher body) {
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Content-Type", type)
			.POST(body).build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
