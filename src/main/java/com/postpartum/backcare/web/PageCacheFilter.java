package com.postpartum.backcare.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keeps the rendered bytes of catalogue pages: that content changes only when the catalogue is
 * reloaded (which then clears it), and rendering a template costs far more than the database.
 * Two copies of each page: one for visitors without a session, one for anyone signed in (the
 * layout's menu differs, nothing else; catalogue pages carry no form token and nothing of
 * hers). A visitor with a session but not signed in (holding an assessment) is always rendered
 * afresh. Security headers are still written per request by the filters around this one.
 * <p>
 * Each cached page carries an ETag computed once, so a returning phone gets a 304; the
 * pages say "no-cache" (revalidate), so a new deploy shows at once.
 */
class PageCacheFilter extends OncePerRequestFilter implements PageCache {

	static final long MAX_BYTES = 16L * 1024 * 1024;

	/**
	 * How long a request waits for the same page another request is rendering. A cold instance
	 * meets every browser missing the same pages at once: one render each, not one per browser,
	 * keeps the pool's connections free (measured: 503s from a 3 s pool wait, docs/performance.md).
	 */
	static final Duration RENDER_WAIT = Duration.ofSeconds(5);

	private final ConcurrentMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

	private final Cache<String, CachedPage> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.<String, CachedPage>weigher((key, page) -> key.length() + page.body().length)
		.build();

	private final Languages languages;

	PageCacheFilter(Languages languages) {
		this.languages = languages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean signedIn = AccountHolder.of(request) != null;
		if (!"GET".equals(request.getMethod()) || (!signedIn && request.getSession(false) != null)) {
			chain.doFilter(request, response);
			return;
		}
		// One copy per language too: the same address speaks the language of the switch or the browser.
		String language = languages.resolveLocale(request).toLanguageTag();
		String key = (signedIn ? "signed-in " : "visitor ") + language + ' ' + keyOf(request);
		CachedPage cached = pages.getIfPresent(key);
		if (cached == null) {
			CompletableFuture<CachedPage> mine = new CompletableFuture<>();
			CompletableFuture<CachedPage> othersRender = rendering.putIfAbsent(key, mine);
			if (othersRender != null) {
				cached = waitFor(othersRender);
			}
			if (cached == null) {
				try {
					cached = render(request, response, chain, key, language, signedIn);
				}
				finally {
					if (othersRender == null) {
						rendering.remove(key, mine);
						mine.complete(cached);
					}
				}
				if (cached == null) {
					return;
				}
			}
		}
		cached.writeTo(request, response);
	}

	/** Renders the page; keeps and returns it when it may be kept, else answers as rendered and returns null. */
	private CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			String language, boolean signedIn) throws IOException, ServletException {
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		if (recorder.getStatus() != HttpServletResponse.SC_OK || recorder.getContentType() == null
				|| (!signedIn && request.getSession(false) != null)) {
			recorder.copyBodyToResponse();
			return null;
		}
		CachedPage cached = CachedPage.of(recorder, language);
		pages.put(key, cached);
		// The recorder still holds the body: drop it, the cached copy is written by the caller.
		recorder.resetBuffer();
		return cached;
	}

	/** The page another request is rendering, or null to render it here (not keepable, or too slow). */
	private static CachedPage waitFor(CompletableFuture<CachedPage> othersRender) {
		try {
			return othersRender.get(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException notThere) {
			return null;
		}
	}

	/** The path and every parameter in name order, so "?a=1&b=2" and "?b=2&a=1" share one entry. */
	private static String keyOf(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getRequestURI()).append('?');
		new TreeMap<>(request.getParameterMap())
			.forEach((name, values) -> key.append(name).append('=').append(Arrays.toString(values)).append('&'));
		return key.toString();
	}

	@Override
	public void clear() {
		pages.invalidateAll();
	}

	private record CachedPage(String contentType, String contentLanguage, String etag, byte[] body) {

		/**
		 * The language is the one the page was rendered in, not a header read back: Tomcat writes a
		 * rendered page's Content-Language from its locale only when sending it.
		 */
		static CachedPage of(ContentCachingResponseWrapper recorder, String language) {
			byte[] body = recorder.getContentAsByteArray();
			return new CachedPage(recorder.getContentType(), language,
					// Weak: Tomcat never compresses a response with a strong ETag, and the page
					// is the same page whether it travels gzipped or not.
					"W/\"0" + DigestUtils.md5DigestAsHex(body) + "\"", body);
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.setHeader(HttpHeaders.ETAG, etag);
			// The language comes from the switch's cookie or the browser's header.
			response.setHeader(HttpHeaders.VARY, Languages.VARY);
			String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			// Weak comparison (RFC 9110): the tag matches with or without its W/ prefix.
			if (ifNoneMatch != null && ifNoneMatch.contains(etag.substring(2))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

}
