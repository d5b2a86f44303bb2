package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.postpartum.backcare.BackcareApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database stops under a running app: within a few seconds every address answers 503
 * with the friendly page (problem+json under /api/), readiness is DOWN, a page already in the
 * page cache is still served, and when the database is back everything works without a
 * restart.
 */
class DatabaseUnavailableTest {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** A signed-in mother's browser: her session cookie goes with every request. */
	private final HttpClient herBrowser = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.cookieHandler(new CookieManager())
		.build();

	@Test
	void aStoppedDatabaseGivesAFriendly503AndTheAppRecoversByItself(@TempDir Path data) throws Exception {
		int dbPort = freePort();
		EmbeddedPostgres database = start(data, dbPort);
		String url = "jdbc:postgresql://localhost:" + dbPort + "/postgres";
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BackcareApplication.class).run(
				"--server.port=0", "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=")) {
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(get(base + "/exercises", "text/html").statusCode()).isEqualTo(200);
			register(base);
			assertThat(herPage(base + "/today").statusCode()).isEqualTo(200);

			database.close();
			long started = System.nanoTime();
			HttpResponse<String> page = get(base + "/exercises/glute-bridge", "text/html");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered within a few seconds")
				.isLessThan(Duration.ofSeconds(10));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).isPresent();
			assertThat(page.body()).contains("We cannot reach our records just now", "emergency number")
				.doesNotContain("Tomcat", "Exception", "Whitelabel");
			// Once the pool has found the database gone, the next requests do not each wait out its timeout.
			long afterTheFirst = System.nanoTime();
			for (String path : new String[] { "/intake", "/login", "/today" }) {
				HttpResponse<String> other = get(base + path, "text/html");
				assertThat(other.statusCode()).as(path).isEqualTo(503);
				assertThat(other.body()).as(path).contains("We cannot reach our records just now");
			}
			// Her session cannot be read: the session filter fails, and she still gets the calm page.
			HttpResponse<String> hers = herPage(base + "/today");
			assertThat(hers.statusCode()).isEqualTo(503);
			assertThat(hers.body()).contains("We cannot reach our records just now").doesNotContain("Tomcat");
			HttpResponse<String> api = get(base + "/api/v1/exercises/glute-bridge", "application/json");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(get(base + "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(503);
			assertThat(Duration.ofNanos(System.nanoTime() - afterTheFirst)).as("six more answers, none waiting for the pool")
				.isLessThan(Duration.ofSeconds(5));
			assertThat(get(base + "/exercises", "text/html").statusCode()).as("cached page still served")
				.isEqualTo(200);

			database = start(data, dbPort);
			// Requests are refused at once for a quiet spell after the last failure, then one tries
			// the pool again (up to its 3 s timeout): recovery is awaited, within seconds.
			long restarted = System.nanoTime();
			int status;
			do {
				status = get(base + "/exercises/glute-bridge", "text/html").statusCode();
				if (status != 200) {
					Thread.sleep(100);
				}
			}
			while (status != 200 && Duration.ofNanos(System.nanoTime() - restarted).compareTo(Duration.ofSeconds(20)) < 0);
			assertThat(status).as("recovered without a restart").isEqualTo(200);
			assertThat(get(base + "/intake", "text/html").statusCode()).isEqualTo(200);
			assertThat(get(base + "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
			HttpResponse<String> back = herPage(base + "/today");
			assertThat(back.statusCode()).as("still signed in after the outage").isEqualTo(200);
			assertThat(back.uri().getPath()).isEqualTo("/today");
		}
		finally {
			database.close();
		}
	}

	private void register(String base) throws Exception {
		String form = herPage(base + "/register").body();
		String token = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&email=outage-"
				+ System.nanoTime() + "%40example.com&password=slow+walks+with+the+pram&confirmPassword=slow+walks+with+the+pram";
		HttpResponse<String> registered = herBrowser.send(HttpRequest.newBuilder(URI.create(base + "/register"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(registered.statusCode()).isEqualTo(302);
	}

	private HttpResponse<String> herPage(String url) throws Exception {
		return herBrowser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static EmbeddedPostgres start(Path data, int port) throws Exception {
		return EmbeddedPostgres.builder()
			.setPort(port)
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.start();
	}

	private HttpResponse<String> get(String url, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
			.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
