package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cached pages, the API and the figures travel gzipped against the real server (Tomcat
 * does the compressing, and refuses to for a strong ETag: docs/performance.md,
 * "Compression"), and a returning client still gets its 304.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CompressionTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@ParameterizedTest
	@ValueSource(strings = { "/exercises", "/exercises/glute-bridge", "/api/v1/exercises",
			"/exercises/glute-bridge/illustration.svg" })
	void aCachedAnswerIsGzippedAndStillRevalidates(String path) throws Exception {
		HttpResponse<byte[]> plain = get(path, null, null);
		HttpResponse<byte[]> gzipped = get(path, "gzip", null);
		assertThat(gzipped.statusCode()).isEqualTo(200);
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		assertThat(unzip(gzipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));

		String etag = gzipped.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("W/");
		assertThat(get(path, "gzip", etag).statusCode()).isEqualTo(304);
		assertThat(get(path, null, plain.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
	}

	private HttpResponse<byte[]> get(String path, String encoding, String ifNoneMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(10));
		if (encoding != null) {
			request.header("Accept-Encoding", encoding);
		}
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String unzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
