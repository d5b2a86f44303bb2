package com.postpartum.backcare.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring's request context starts from the browser's header alone; this puts the switch's
 * choice there too, so words written before Spring MVC (sign-in, passkeys, the security
 * chain's answers) speak the same language as the page. The API's answers are labelled with
 * their language here too (Content-Language, Vary), errors included.
 */
class LanguageFilter extends OncePerRequestFilter {

	private final Languages languages;

	LanguageFilter(Languages languages) {
		this.languages = languages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Spring Boot's request context filter, around this one, resets the holder afterwards.
		Locale language = languages.resolveLocale(request);
		languages.remember(request, language);
		LocaleContextHolder.setLocale(language);
		if (request.getRequestURI().startsWith(ApiExceptionHandler.API_PREFIX)) {
			// Pages say their language when rendered; the API's JSON is never rendered as a view.
			Languages.label(response, language);
		}
		chain.doFilter(request, response);
	}

}
