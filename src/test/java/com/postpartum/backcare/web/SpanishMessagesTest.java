package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every message has its Spanish twin, which takes the same arguments the same way: a page or a
 * mail in Spanish never falls back to an English sentence, nor loses a number.
 */
class SpanishMessagesTest {

	/** An argument with its index and type ("{0}", "{1,number}", "{0,choice,…"): the part before any style. */
	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(,\\s*(\\w+))?");

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void everyKeyHasItsSpanishTwinAndNoOther() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Set<String> spanish = load("messages_es.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>(english);
		missing.removeAll(spanish);
		Set<String> extra = new TreeSet<>(spanish);
		extra.removeAll(english);
		assertThat(missing).as("keys without Spanish").isEmpty();
		assertThat(extra).as("Spanish keys that no English key has").isEmpty();
		assertThat(english).hasSizeGreaterThan(500);
	}

	@Test
	void noKeyIsWrittenTwice() throws IOException {
		// A properties file silently keeps the last of two: one of them would never be read.
		for (String file : List.of("messages.properties", "messages_es.properties")) {
			Set<String> seen = new TreeSet<>();
			List<String> twice = new ArrayList<>();
			for (String line : Files.readAllLines(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
				int equals = line.indexOf('=');
				if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
					twice.add(line.substring(0, equals));
				}
			}
			assertThat(twice).as(file).isEmpty();
		}
	}

	@Test
	void everySpanishMessageTakesTheSameArguments() throws IOException {
		Properties english = load("messages.properties");
		Properties spanish = load("messages_es.properties");
		List<String> problems = new ArrayList<>();
		for (String key : new TreeSet<>(english.stringPropertyNames())) {
			String es = spanish.getProperty(key);
			if (es == null) {
				continue;
			}
			if (es.isBlank()) {
				problems.add(key + " is empty");
			}
			if (!arguments(english.getProperty(key)).equals(arguments(es))) {
				problems.add(key + ": " + arguments(english.getProperty(key)) + " in English, " + arguments(es)
						+ " in Spanish");
			}
			if (!arguments(es).isEmpty()) {
				try {
					// What Spring does with a message that has arguments: it must parse.
					new MessageFormat(es, Locale.forLanguageTag("es"));
				}
				catch (IllegalArgumentException broken) {
					problems.add(key + " is not a valid message: " + broken.getMessage());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theSpanishFileIsWrittenInSpanish() throws IOException {
		String text = Files.readString(Path.of("src/main/resources/messages_es.properties"), StandardCharsets.UTF_8);
		// Real letters, not escapes, so a translator can read and review it.
		assertThat(text).doesNotContain("\\u00").contains("á").contains("ñ");
		assertThat(load("messages_es.properties").getProperty("language.self")).isEqualTo("Español");
	}

	private static Set<String> arguments(String message) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			arguments.add(matcher.group(1) + (matcher.group(3) == null ? "" : "," + matcher.group(3)));
		}
		return arguments;
	}

}
