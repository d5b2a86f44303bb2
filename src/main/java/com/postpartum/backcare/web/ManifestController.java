package com.postpartum.backcare.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The web app manifest, so a phone can install the app (docs/architecture.md, "Installing the
 * app and dark mode"). Built here rather than kept as a file so its words come from the
 * messages and its icons from the fingerprinted asset names; its own address never changes.
 */
@Controller
class ManifestController {

	static final String ADDRESS = "/manifest.webmanifest";

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	/** The header's green (app.css --header-bg, the layout's theme-color): the phone's title bar. */
	static final String THEME_COLOR = "#245447";

	/** The page's background (app.css --bg): the splash screen while the first page loads. */
	static final String BACKGROUND_COLOR = "#fbfaf7";

	/** Short: the icons' fingerprinted names change with each new drawing. */
	static final Duration MAX_AGE = Duration.ofHours(1);

	private record Icon(String path, String sizes, String type, String purpose) {
	}

	private static final List<Icon> ICONS = List.of(new Icon("/assets/favicon.svg", "any", "image/svg+xml", "any"),
			new Icon("/assets/icons/icon-192.png", "192x192", "image/png", "any"),
			new Icon("/assets/icons/icon-512.png", "512x512", "image/png", "any"),
			new Icon("/assets/icons/icon-maskable-512.png", "512x512", "image/png", "maskable"));

	private final MessageSource messages;

	private final ResourceUrlProvider assets;

	ManifestController(MessageSource messages, ResourceUrlProvider assets) {
		this.messages = messages;
		this.assets = assets;
	}

	@GetMapping(path = ADDRESS, produces = "application/manifest+json")
	ResponseEntity<Map<String, Object>> manifest(HttpServletRequest request, Locale locale) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("id", "/today");
		manifest.put("name", messages.getMessage("app.name", null, locale));
		manifest.put("short_name", messages.getMessage("manifest.shortName", null, locale));
		manifest.put("description", messages.getMessage("manifest.description", null, locale));
		manifest.put("lang", locale.toLanguageTag());
		manifest.put("dir", "ltr");
		manifest.put("start_url", "/today");
		manifest.put("scope", "/");
		manifest.put("display", "standalone");
		manifest.put("background_color", BACKGROUND_COLOR);
		manifest.put("theme_color", THEME_COLOR);
		manifest.put("categories", List.of("health", "fitness", "medical"));
		manifest.put("icons", ICONS.stream().map(icon -> icon(icon, request)).toList());
		// Its words are in her language: a kept copy is kept per language.
		return ResponseEntity.ok()
			.contentType(MANIFEST)
			.cacheControl(CacheControl.maxAge(MAX_AGE))
			.varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE)
			.body(manifest);
	}

	private Map<String, String> icon(Icon icon, HttpServletRequest request) {
		String fingerprinted = assets.getForRequestUrl(request, icon.path());
		return Map.of("src", fingerprinted != null ? fingerprinted : icon.path(), "sizes", icon.sizes(), "type",
				icon.type(), "purpose", icon.purpose());
	}

}
