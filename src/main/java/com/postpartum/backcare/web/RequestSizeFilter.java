package com.postpartum.backcare.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body. Every answer the app takes fits in a few KB, and one unbounded
 * body was enough to exhaust the heap. A declared length over the cap is refused before
 * anything reads the body; a body sent without a length stops being read at the cap. The
 * answer is 413: problem+json under /api/, the friendly error page elsewhere.
 */
class RequestSizeFilter extends OncePerRequestFilter {

	/** Far above any real answer (an intake is under 2 KB), far below harm. */
	static final int MAX_BODY_BYTES = 32 * 1024;

	/** The methods whose body the app reads; a GET's body is never read, so it needs no counting. */
	private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final MessageSource messages;

	private final Languages languages;

	RequestSizeFilter(MessageSource messages, Languages languages) {
		this.messages = messages;
		this.languages = languages;
	}

	/** What the API answers with 413, in words. */
	static String tooLarge(MessageSource messages, Locale locale) {
		return messages.getMessage("api.problem.tooLarge.detail", new Object[] { String.valueOf(MAX_BODY_BYTES / 1024) },
				locale);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			refuse(request, response);
			return;
		}
		boolean unknownLength = request.getContentLengthLong() < 0 && BODY_METHODS.contains(request.getMethod());
		chain.doFilter(unknownLength ? new CappedRequest(request) : request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// The body is not read: close the connection rather than make the server swallow it.
		response.setHeader("Connection", "close");
		if (request.getRequestURI().startsWith(ApiExceptionHandler.API_PREFIX)) {
			// Answered before the language filter: labelled here.
			Locale language = languages.resolveLocale(request);
			Languages.label(response, language);
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			// JSON is UTF-8 (RFC 8259); unset, the servlet's writer would write ISO-8859-1 ("máximo").
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\""
						+ messages.getMessage("api.problem.tooLarge.title", null, language).replace("\"", "'")
						+ "\",\"status\":413,\"detail\":\"" + tooLarge(messages, language).replace("\"", "'")
						+ "\",\"instance\":\"" + request.getRequestURI().replaceAll("[^A-Za-z0-9/_.-]", "") + "\"}");
			return;
		}
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

	/** Thrown when a body without a declared length runs past the cap. */
	static class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("request body over " + MAX_BODY_BYTES + " bytes");
		}

	}

	private static final class CappedRequest extends HttpServletRequestWrapper {

		private ServletInputStream capped;

		CappedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (capped == null) {
				capped = new CappedStream(super.getInputStream());
			}
			return capped;
		}

	}

	private static final class CappedStream extends ServletInputStream {

		private final ServletInputStream body;

		private long read;

		CappedStream(ServletInputStream body) {
			this.body = body;
		}

		@Override
		public int read() throws IOException {
			int b = body.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			read += n;
			if (read > MAX_BODY_BYTES) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}

	}

}
