package com.postpartum.backcare.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keeps the rendered bytes of a signed-in mother's own pages (/today, /progress, /account)
 * for her sign-in session, as long as the version of her data ({@link SignedInPages}) stays
 * the same. Rendering those pages costs far more than reading the version, and she opens
 * them many times a day while they change a few times (docs/performance.md, "Signed-in pages").
 * <p>
 * Kept gzip-compressed: her /today holds the day's session twice more for a start with no
 * connection (its figures included), so a page of some 270 KB is kept in about a tenth of that,
 * and a phone that accepts gzip (every browser does) gets the kept bytes as they are, with no
 * compression per request (docs/performance.md, "Signed-in pages").
 * <p>
 * Kept per sign-in session, never per account: the page carries her session's CSRF token.
 * Runs after Spring Security, so its checks and headers (no-store on personal pages) apply
 * to a kept page as to a rendered one. Addresses with a query string are always rendered.
 */
class SignedInPageCacheFilter extends OncePerRequestFilter implements PageCache {

	static final long MAX_BYTES = 64L * 1024 * 1024;

	/** An idle sign-in session's pages are let go. */
	static final Duration KEPT_WHILE_IDLE = Duration.ofMinutes(10);

	private final ObjectProvider<SignedInPages> signedInPagesProvider;

	/** Looked up once, on the first request: a bean lookup per request cost 4% of every API answer. */
	private volatile Optional<SignedInPages> signedInPages;

	private final Cache<String, KeptPage> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.<String, KeptPage>weigher((key, page) -> key.length() + page.version().length() + page.gzipped().length)
		.expireAfterAccess(KEPT_WHILE_IDLE)
		.build();

	/** @param signedInPages absent in slices of the app without accounts: nothing is then kept */
	private final Languages languages;

	SignedInPageCacheFilter(ObjectProvider<SignedInPages> signedInPages, Languages languages) {
		this.languages = languages;
		this.signedInPagesProvider = signedInPages;
	}

	private Optional<SignedInPages> signedInPages() {
		Optional<SignedInPages> found = signedInPages;
		if (found == null) {
			found = Optional.ofNullable(signedInPagesProvider.getIfAvailable());
			signedInPages = found;
		}
		return found;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| !signedInPages().map(pages -> pages.paths().contains(request.getRequestURI())).orElse(false);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Long accountId = AccountHolder.idOf(AccountHolder.of(request));
		if (session == null || accountId == null) {
			chain.doFilter(request, response);
			return;
		}
		String version = signedInPages().orElseThrow().versionFor(accountId);
		String language = languages.resolveLocale(request).toLanguageTag();
		String key = session.getId() + ' ' + request.getRequestURI() + ' ' + language;
		KeptPage kept = pages.getIfPresent(key);
		if (kept == null || !kept.version().equals(version)) {
			ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, recorder);
			if (recorder.getStatus() != HttpServletResponse.SC_OK || recorder.getContentType() == null
					|| !MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(recorder.getContentType()))) {
				recorder.copyBodyToResponse();
				return;
			}
			// The language it was rendered in: Tomcat writes a rendered page's Content-Language only when sending it.
			kept = new KeptPage(version, recorder.getContentType(), language, gzip(recorder.getContentAsByteArray()));
			pages.put(key, kept);
			recorder.resetBuffer();
		}
		kept.writeTo(acceptsGzip(request), response);
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip");
	}

	private static byte[] gzip(byte[] page) throws IOException {
		java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream(page.length / 8 + 64);
		try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(packed)) {
			out.write(page);
		}
		return packed.toByteArray();
	}

	@Override
	public void clear() {
		pages.invalidateAll();
	}

	/** {@code gzipped}: the page's bytes, compressed. */
	private record KeptPage(String version, String contentType, String contentLanguage, byte[] gzipped) {

		void writeTo(boolean acceptsGzip, HttpServletResponse response) throws IOException {
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
			// The language comes from the switch's cookie or the browser's header.
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
			response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
			if (acceptsGzip) {
				// Already compressed: Tomcat leaves an answer with a Content-Encoding as it is.
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				response.setContentLength(gzipped.length);
				response.getOutputStream().write(gzipped);
				return;
			}
			try (java.util.zip.GZIPInputStream page = new java.util.zip.GZIPInputStream(
					new java.io.ByteArrayInputStream(gzipped))) {
				page.transferTo(response.getOutputStream());
			}
		}

	}

}
