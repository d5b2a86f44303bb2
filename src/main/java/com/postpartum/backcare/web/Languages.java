package com.postpartum.backcare.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Which language a page speaks (docs/architecture.md, "Languages"): the switch in the header
 * (a cookie, no account needed), else the browser's Accept-Language, else English. Every part
 * of the app that writes words asks this one resolver, the page caches included, so a kept page
 * is never served in the wrong language.
 */
public class Languages implements LocaleResolver {

	public static final String COOKIE = "lang";

	private static final String RESOLVED = Languages.class.getName() + ".RESOLVED";

	static final Duration KEPT_FOR = Duration.ofDays(365);

	/** What chooses the language, and so what an answer whose words depend on it varies with. */
	static final String VARY = HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE;

	private final List<Locale> supported;

	public Languages(List<Locale> supported) {
		if (supported.isEmpty() || !supported.get(0).equals(Locale.ENGLISH)) {
			throw new IllegalArgumentException("English must be the first language: it is the content's own");
		}
		this.supported = List.copyOf(supported);
	}

	/** The language of this request; English (the content's own) outside a request. */
	public static Locale current() {
		return LocaleContextHolder.getLocaleContext() == null ? Locale.ENGLISH : LocaleContextHolder.getLocale();
	}

	public List<Locale> supported() {
		return supported;
	}

	/** The supported language of this tag ("es", "es-MX"), or null when there is none. */
	public Locale find(String tag) {
		if (tag == null || tag.isBlank() || tag.length() > 35) {
			return null;
		}
		String language = Locale.forLanguageTag(tag.strip()).getLanguage();
		return supported.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().orElse(null);
	}

	/** The language chosen with the switch on this device, or null. */
	public Locale chosenOn(HttpServletRequest request) {
		return find(cookie(request));
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		// Resolved once by LanguageFilter; the page caches and Spring MVC read it again.
		if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
			return resolved;
		}
		Locale chosen = chosenOn(request);
		return chosen != null ? chosen : fromHeader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/** Keeps this request's language, so later readers do not parse the cookie and the header again. */
	void remember(HttpServletRequest request, Locale language) {
		request.setAttribute(RESOLVED, language);
	}

	/** The browser's best supported language, by its own weights; English when none fits or the header is broken. */
	public Locale fromHeader(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1_000) {
			return Locale.ENGLISH;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), supported);
			return best != null ? best : Locale.ENGLISH;
		}
		catch (IllegalArgumentException broken) {
			return Locale.ENGLISH;
		}
	}

	/**
	 * Says which language an answer is in and what chose it, for answers Spring MVC does not render
	 * as a view (the JSON API): a client or a cache then never takes one language's answer for another's.
	 */
	static void label(HttpServletResponse response, Locale language) {
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
		response.setHeader(HttpHeaders.VARY, VARY);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = locale == null ? null : find(locale.toLanguageTag());
		if (chosen == null) {
			return;
		}
		ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen.getLanguage())
			.path("/")
			.maxAge(KEPT_FOR)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

}
