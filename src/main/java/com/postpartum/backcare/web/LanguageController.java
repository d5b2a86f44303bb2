package com.postpartum.backcare.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The header's language switch. A plain link, not a form: catalogue pages are kept and served to
 * everyone, so they carry no form token, and choosing a language changes nothing but her preference.
 * It goes back to the page she was on, and only to a page of this site.
 */
@Controller
class LanguageController {

	private final Languages languages;

	private final ApplicationEventPublisher events;

	LanguageController(Languages languages, ApplicationEventPublisher events) {
		this.languages = languages;
		this.events = events;
	}

	@GetMapping("/language")
	ResponseEntity<Void> choose(@RequestParam(required = false) String to, @RequestParam(required = false) String next,
			HttpServletRequest request, HttpServletResponse response) {
		Locale chosen = languages.find(to);
		if (chosen != null) {
			languages.setLocale(request, response, chosen);
			AccountHolder signedIn = AccountHolder.of(request);
			if (signedIn != null) {
				events.publishEvent(new LanguageChosen(signedIn.accountId(), chosen));
			}
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, backTo(next)).build();
	}

	/** A path of this site ("/exercises?page=2"), never another site ("//evil", "/\evil", "https:…"). */
	static String backTo(String next) {
		if (next == null || next.length() > 2_000 || !next.startsWith("/") || next.startsWith("//")
				|| next.contains("\\") || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return "/";
		}
		return next;
	}

}
