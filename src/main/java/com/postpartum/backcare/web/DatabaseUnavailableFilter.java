package com.postpartum.backcare.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * When the database cannot be reached, every address answers within a few seconds (the
 * pool's connection timeout for the first request, at once for the next ones: see
 * {@link FailFastDataSource}) with 503 and a friendly page, or problem+json under /api/,
 * never a 500 or the server's own page. It sits outside Spring Session, whose reads and
 * writes are the first to fail. Pages in the page cache are still served, and when the
 * database is back the pool reconnects by itself: no restart.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String VIEW = "error/unavailable";

	static final int RETRY_AFTER_SECONDS = 30;

	private final DatabaseAvailability database;

	private final ITemplateEngine templates;

	private final ResourceUrlProvider assets;

	private final MessageSource messages;

	private final Languages languages;

	DatabaseUnavailableFilter(DatabaseAvailability database, ITemplateEngine templates, ResourceUrlProvider assets,
			MessageSource messages, Languages languages) {
		this.languages = languages;
		this.database = database;
		this.templates = templates;
		this.assets = assets;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted() || !database.explains(ex)) {
				throw ex;
			}
			logger.warn("Database unavailable answering " + request.getRequestURI() + ": " + ex.getMessage());
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(ApiExceptionHandler.API_PREFIX)) {
			Locale language = languages.resolveLocale(request);
			// The reset above dropped the language filter's label.
			Languages.label(response, language);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"title\":\"" + messages.getMessage("api.problem.unavailable.title", null, language)
					.replace("\"", "'") + "\",\"status\":503,\"detail\":\""
						+ messages.getMessage("api.problem.unavailable.detail", null, language).replace("\"", "'")
						+ "\"}");
			return;
		}
		// A page of its own, without the layout: the layout reads the signed-in account, which needs the database.
		Context context = new Context(languages.resolveLocale(request));
		context.setVariable("css", assets.getForLookupPath("/assets/css/app.css"));
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		templates.process(VIEW, context, response.getWriter());
	}

}
