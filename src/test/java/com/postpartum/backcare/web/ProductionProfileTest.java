package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile behind a TLS-terminating proxy: the proxy's X-Forwarded-Proto
 * makes the request secure, so the session cookie is Secure and HSTS is sent; Swagger UI is off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("production")
class ProductionProfileTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void behindTheTlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> response = get("/register", "https");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
		assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure", "HttpOnly"));
	}

	@Test
	void plainHttpGetsNoHsts() throws Exception {
		assertThat(get("/", "http").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void swaggerUiIsOffButTheApiDescriptionStays() throws Exception {
		assertThat(get("/swagger-ui.html", "https").statusCode()).isEqualTo(404);
		assertThat(get("/swagger-ui/index.html", "https").statusCode()).isEqualTo(404);
		assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		assertThat(get("/", "https").body()).contains("href=\"/v3/api-docs\"").doesNotContain("swagger-ui");
	}

	private HttpResponse<String> get(String path, String proto) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.header("X-Forwarded-Proto", proto)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
