package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page says its language in Content-Language, on the real server: the header a rendered
 * page gets from Tomcat (out of the response's locale) must also come with a copy from the page
 * caches, which the browser's service worker reads to know which language it keeps. MockMvc
 * cannot see this: its response turns the locale into a header at once, Tomcat only when it sends.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContentLanguageTest {

	@LocalServerPort
	int port;

	private final HttpClient visitor = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@ParameterizedTest
	@ValueSource(strings = { "/", "/exercises", "/exercises/glute-bridge", "/routines", "/learn" })
	void aCataloguePageSaysItsLanguageRenderedAndFromTheCache(String path) throws Exception {
		for (int view = 1; view <= 3; view++) {
			for (String language : new String[] { "es", "en" }) {
				HttpResponse<String> page = get(visitor, path, language);
				assertThat(page.statusCode()).isEqualTo(200);
				assertThat(page.headers().firstValue("Content-Language")).as("view %d in %s", view, language)
					.hasValue(language);
				assertThat(page.body()).contains("<html lang=\"" + language + "\"");
			}
		}
	}

	@Test
	void theErrorPagesSayTheirLanguage() throws Exception {
		for (String language : new String[] { "es", "en" }) {
			HttpResponse<String> missing = get(visitor, "/exercises/no-such-exercise", language);
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.body()).contains("<html lang=\"" + language + "\"");
			assertThat(missing.headers().firstValue("Content-Language")).as("404 in " + language).hasValue(language);
		}
	}

	@Test
	void herKeptPagesSayTheirLanguageToo() throws Exception {
		HttpClient her = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = get(her, "/register", "es").body();
		String token = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> registered = her.send(HttpRequest.newBuilder(uri("/register"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
					+ "&email=idioma-" + System.nanoTime() + "%40example.com"
					+ "&password=paseos+lentos+con+el+carrito&confirmPassword=paseos+lentos+con+el+carrito"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(registered.statusCode()).isEqualTo(302);
		for (String path : new String[] { "/account", "/progress", "/account", "/progress" }) {
			HttpResponse<String> page = get(her, path, "es");
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Language")).as(path).hasValue("es");
		}
	}

	private HttpResponse<String> get(HttpClient client, String path, String language) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
			.header("Accept-Language", language)
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
