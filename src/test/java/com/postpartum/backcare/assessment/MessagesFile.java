package com.postpartum.backcare.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * messages.properties read the way the app reads it (Spring Boot's message source settings),
 * without starting Spring: the rules' fast tests see the same sentences as the API.
 */
final class MessagesFile {

	static final TriageRules.Wording WORDING = wording();

	private MessagesFile() {
	}

	static TriageRules rules() {
		return new TriageRules(WORDING);
	}

	private static TriageRules.Wording wording() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return (key, arguments) -> messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
