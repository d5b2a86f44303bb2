package com.postpartum.backcare.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page: who is signed in, if anyone, and the way to the other languages. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final Languages languages;

	private final MessageSource messages;

	LayoutAdvice(Languages languages, MessageSource messages) {
		this.languages = languages;
		this.messages = messages;
	}

	/** A link of the header's switch: the language's own name in that language, and where it leads. */
	record LanguageLink(String tag, String name, String href) {
	}

	@ModelAttribute("signedInAs")
	String signedInAs() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AccountHolder
				? authentication.getName() : null;
	}

	/** The address she asked for: on an error page, the page that failed, not /error. */
	private static String pageAddress(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failed instanceof String path) {
			return path;
		}
		return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
	}

	@ModelAttribute("otherLanguages")
	List<LanguageLink> otherLanguages(HttpServletRequest request, Locale current) {
		String here = pageAddress(request);
		return languages.supported()
			.stream()
			.filter(locale -> !locale.getLanguage().equals(current.getLanguage()))
			.map(locale -> new LanguageLink(locale.toLanguageTag(), messages.getMessage("language.self", null, locale),
					UriComponentsBuilder.fromPath("/language")
						.queryParam("to", locale.toLanguageTag())
						.queryParam("next", here)
						.encode()
						.build()
						.toUriString()))
			.toList();
	}

}
