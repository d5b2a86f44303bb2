package com.postpartum.backcare.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small reverse proxy, as the load balancer in front of several instances: each request
 * goes to the backend the routing chooses, with its headers and body, and the answer comes
 * back as it was (status, headers with every Set-Cookie, body still compressed, redirects not
 * followed). Like nginx it tells the backend the address the browser used in
 * {@code X-Forwarded-*} headers, which the production profile's forwarded-headers strategy
 * reads, so redirects the backend writes point at the proxy. It records which backend served
 * what, with the status.
 */
final class RoutingProxy implements AutoCloseable {

	/**
	 * Headers of one connection, not of the request (RFC 9110, 7.6.1), and the ones the JDK's
	 * client sets itself: Host becomes the backend's, Content-Length is the body's.
	 */
	private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-connection",
			"transfer-encoding", "te", "trailer", "upgrade", "host", "content-length", "expect", "date");

	/** One instance behind the proxy. */
	record Backend(String name, int port) {
	}

	/** A request a backend answered. */
	record Served(String backend, String method, String path, int status) {
	}

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final List<Served> served = new ArrayList<>();

	private Function<String, Backend> routing;

	/** Takes a free port on the loopback now, so the backends can be told the proxy's origin before they start. */
	RoutingProxy() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return server.getAddress().getPort();
	}

	/** Starts forwarding; the routing chooses the backend from the request's path. */
	void start(Function<String, Backend> routing) {
		this.routing = routing;
		server.createContext("/", this::forward);
		server.setExecutor(threads);
		server.start();
	}

	/** What the backends served so far, in order. */
	synchronized List<Served> served() {
		return List.copyOf(served);
	}

	private void forward(HttpExchange exchange) throws IOException {
		try {
			URI uri = exchange.getRequestURI();
			Backend backend = routing.apply(uri.getPath());
			HttpResponse<byte[]> response = client.send(toBackend(exchange, backend), HttpResponse.BodyHandlers.ofByteArray());
			record(new Served(backend.name(), exchange.getRequestMethod(), uri.getPath(), response.statusCode()));
			response.headers().map().forEach((name, values) -> {
				if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
					exchange.getResponseHeaders().put(name, values);
				}
			});
			byte[] body = response.body();
			boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
			// -1 tells the JDK's server that no body follows; otherwise its exact length.
			exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : body.length);
			if (!noBody) {
				exchange.getResponseBody().write(body);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.sendResponseHeaders(502, -1);
		}
		finally {
			exchange.close();
		}
	}

	/** The browser's request, addressed to the backend. */
	private HttpRequest toBackend(HttpExchange exchange, Backend backend) throws IOException {
		URI uri = exchange.getRequestURI();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + backend.port()
				+ uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
				values.forEach(value -> request.header(name, value));
			}
		});
		byte[] body = exchange.getRequestBody().readAllBytes();
		return request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress())
			.header("X-Forwarded-Proto", "http")
			.header("X-Forwarded-Host", exchange.getRequestHeaders().getFirst("Host"))
			.header("X-Forwarded-Port", String.valueOf(port()))
			.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private synchronized void record(Served request) {
		served.add(request);
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
		try {
			threads.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
