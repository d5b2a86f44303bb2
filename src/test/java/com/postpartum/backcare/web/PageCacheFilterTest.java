package com.postpartum.backcare.web;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The page cache serves anonymous repeat visits from memory and never caches anything personal. */
class PageCacheFilterTest {

	private final PageCacheFilter filter = new PageCacheFilter(new Languages(List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))));

	private final AtomicInteger renders = new AtomicInteger();

	private int status = 200;

	private final FilterChain page = (request, response) -> {
		renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
		((jakarta.servlet.http.HttpServletResponse) response).setStatus(status);
		response.getWriter().write("<h1>render " + renders.get() + "</h1>");
	};

	@Test
	void anAnonymousRepeatVisitIsServedWithoutRenderingAgain() throws Exception {
		MockHttpServletResponse first = get(new MockHttpServletRequest("GET", "/exercises"));
		MockHttpServletResponse second = get(new MockHttpServletRequest("GET", "/exercises"));
		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("<h1>render 1</h1>");
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).isNotBlank();
		assertThat(second.getHeader("Cache-Control")).isEqualTo("no-cache");
	}

	@Test
	void manyVisitorsMissingTheSamePageAtOnceWaitForOneRender() throws Exception {
		// A cold instance behind the load balancer: every browser asks for the library at once.
		CountDownLatch rendering = new CountDownLatch(1);
		FilterChain slowPage = (request, response) -> {
			await(rendering);
			page.doFilter(request, response);
		};
		ExecutorService browsers = Executors.newFixedThreadPool(16);
		List<Future<String>> pages = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			pages.add(browsers.submit(() -> {
				MockHttpServletResponse response = new MockHttpServletResponse();
				filter.doFilter(new MockHttpServletRequest("GET", "/exercises"), response, slowPage);
				return response.getContentAsString();
			}));
		}
		Thread.sleep(200);
		rendering.countDown();
		for (Future<String> answer : pages) {
			assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("<h1>render 1</h1>");
		}
		browsers.shutdown();
		assertThat(renders).hasValue(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void theQueryStringIsPartOfTheKey() throws Exception {
		MockHttpServletRequest filtered = new MockHttpServletRequest("GET", "/exercises");
		filtered.setQueryString("category=core");
		filtered.addParameter("category", "core");
		get(new MockHttpServletRequest("GET", "/exercises"));
		assertThat(get(filtered).getContentAsString()).isEqualTo("<h1>render 2</h1>");
	}

	@Test
	void signedInMothersShareTheirOwnCopyOfACataloguePage() throws Exception {
		get(new MockHttpServletRequest("GET", "/exercises"));
		for (long accountId = 1; accountId <= 3; accountId++) {
			long id = accountId;
			AccountHolder mother = () -> id;
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/exercises");
			request.setSession(new MockHttpSession());
			request.setUserPrincipal(UsernamePasswordAuthenticationToken.authenticated(mother, null, List.of()));
			assertThat(get(request).getContentAsString()).as("the signed-in menu, not the visitor's")
				.isEqualTo("<h1>render 2</h1>");
		}
		assertThat(renders).hasValue(2);
	}

	@Test
	void aVisitorWithASessionIsAlwaysRenderedAfresh() throws Exception {
		for (int i = 0; i < 2; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/exercises");
			request.setSession(new MockHttpSession());
			get(request);
		}
		assertThat(renders).hasValue(2);
	}

	@Test
	void errorsAreNotCached() throws Exception {
		status = 404;
		get(new MockHttpServletRequest("GET", "/exercises/nope"));
		MockHttpServletResponse second = get(new MockHttpServletRequest("GET", "/exercises/nope"));
		assertThat(renders).hasValue(2);
		assertThat(second.getStatus()).isEqualTo(404);
	}

	@Test
	void aMatchingETagIsAnsweredWithNotModified() throws Exception {
		String etag = get(new MockHttpServletRequest("GET", "/learn")).getHeader("ETag");
		MockHttpServletRequest again = new MockHttpServletRequest("GET", "/learn");
		again.addHeader("If-None-Match", etag);
		MockHttpServletResponse response = get(again);
		assertThat(response.getStatus()).isEqualTo(304);
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void clearingEmptiesTheCache() throws Exception {
		get(new MockHttpServletRequest("GET", "/routines"));
		filter.clear();
		assertThat(get(new MockHttpServletRequest("GET", "/routines")).getContentAsString())
			.isEqualTo("<h1>render 2</h1>");
	}

	private MockHttpServletResponse get(MockHttpServletRequest request) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, page);
		return response;
	}

}
