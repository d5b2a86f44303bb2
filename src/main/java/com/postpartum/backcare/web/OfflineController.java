package com.postpartum.backcare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The service worker and the page it shows for what cannot work offline
 * (docs/architecture.md, "Offline"). The worker is served at the root, so its scope is every
 * page; its first lines name this release's cache version and what to keep, so a new release
 * (a changed asset, page list, message or the worker itself) installs a new worker that
 * replaces the old caches.
 */
@Controller
class OfflineController {

	static final String WORKER = "static/js/service-worker.js";

	/** The shell: kept at install, so every page looks right and the offline page exists. */
	static final List<String> SHELL_ASSETS = List.of("/assets/css/app.css", "/assets/css/print.css",
			"/assets/js/app.js", "/assets/js/offline.js", "/assets/js/today.js", "/assets/favicon.svg");

	private final ResourceUrlProvider assets;

	private final ObjectProvider<OfflinePages> offlinePages;

	private volatile String script;

	private final Languages languages;

	OfflineController(ResourceUrlProvider assets, ObjectProvider<OfflinePages> offlinePages, Languages languages) {
		this.languages = languages;
		this.assets = assets;
		this.offlinePages = offlinePages;
	}

	@GetMapping("/offline")
	String offline() {
		return "offline";
	}

	@GetMapping(path = "/sw.js", produces = "text/javascript")
	ResponseEntity<String> worker() {
		// Checked on every visit: an old worker must never outlive a release.
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
			.body(script());
	}

	private String script() {
		String made = script;
		if (made == null) {
			// Built once: assets, pages and messages only change with a release (a catalogue
			// reload changes pages' content, which the worker refreshes on every visit anyway).
			List<String> shell = SHELL_ASSETS.stream().map(this::fingerprinted).toList();
			List<String> pages = offlinePages.orderedStream().flatMap(p -> p.addresses().stream()).toList();
			String worker = read(WORKER);
			// Every language's messages: a kept page in Spanish changes with them too.
			String messages = languages.supported()
				.stream()
				.map(language -> language.equals(Locale.ENGLISH) ? "messages.properties"
						: "messages_" + language.getLanguage() + ".properties")
				.map(OfflineController::read)
				.collect(Collectors.joining());
			String version = sha256(worker + shell + pages + messages).substring(0, 16);
			made = "const VERSION = '" + version + "';\nconst SHELL = " + array(shell) + ";\nconst PAGES = "
					+ array(pages) + ";\n" + worker;
			script = made;
		}
		return made;
	}

	private String fingerprinted(String path) {
		String url = assets.getForLookupPath(path);
		if (url == null) {
			throw new IllegalStateException("no asset " + path);
		}
		return url;
	}

	private static String array(List<String> addresses) {
		// Addresses are our own paths (slugs are [a-z0-9-]); quoted all the same.
		return addresses.stream()
			.map(a -> "'" + a.replace("\\", "\\\\").replace("'", "\\'") + "'")
			.collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
	}

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
