package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
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

			database.close();
			long started = System.nanoTime();
			HttpResponse<String> page = get(base + "/exercises/glute-bridge", "text/html");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered within a few seconds")
				.isLessThan(Duration.ofSeconds(10));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).isPresent();
			assertThat(page.body()).contains("We cannot reach our records just now", "emergency number")
				.doesNotContain("Tomcat", "Exception", "Whitelabel");
			for (String path : new String[] { "/intake", "/login", "/today" }) {
				HttpResponse<String> other = get(base + path, "text/html");
				assertThat(other.statusCode()).as(path).isEqualTo(503);
				assertThat(other.body()).as(path).contains("We cannot reach our records just now");
			}
			HttpResponse<String> api = get(base + "/api/v1/exercises/glute-bridge", "application/json");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(get(base + "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(503);
			assertThat(get(base + "/exercises", "text/html").statusCode()).as("cached page still served")
				.isEqualTo(200);

			database = start(data, dbPort);
			assertThat(get(base + "/exercises/glute-bridge", "text/html").statusCode()).isEqualTo(200);
			assertThat(get(base + "/intake", "text/html").statusCode()).isEqualTo(200);
			assertThat(get(base + "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
		}
		finally {
			database.close();
		}
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
