package com.postpartum.backcare.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * messages.properties read the way the app reads it (Spring Boot's message source settings),
 * without starting Spring: the rules' fast tests see the same sentences as the API.
 */
final class MessagesFile {

	static final MessageSource SOURCE = source();

	static final TriageRules.Wording WORDING = (key, arguments) -> SOURCE.getMessage(key, arguments, Locale.ENGLISH);

	private MessagesFile() {
	}

	static TriageRules rules() {
		return new TriageRules(WORDING);
	}

	/** A problem's or a reason's words, as the API writes them. */
	static String words(MessageSourceResolvable message) {
		return SOURCE.getMessage(message, Locale.ENGLISH);
	}

	private static MessageSource source() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
