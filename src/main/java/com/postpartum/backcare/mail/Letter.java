package com.postpartum.backcare.mail;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One mail to one person: whom to, which letter (its words are the messages
 * {@code mail.<name>.subject} and {@code mail.<name>.line1}, {@code line2} … until one is missing),
 * in which language, and the values those messages fill in ({0}, {1} …, in order). A value that
 * is a {@link java.net.URI} becomes a link in the HTML part.
 * <p>
 * {@link #toString()} leaves the values out and names only the recipient's domain: a letter
 * may carry a link that lets whoever holds it in, and letters are what a log line names.
 */
public record Letter(String to, String name, Locale locale, List<Object> values) {

	private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

	public Letter {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(locale, "locale");
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A letter's name is a message key part, like 'reset': " + name);
		}
		values = List.copyOf(values);
	}

	public static Letter of(String to, String name, Locale locale, Object... values) {
		return new Letter(to, name, locale, List.of(values));
	}

	@Override
	public String toString() {
		return "letter '" + name + "' to …" + to.substring(Math.max(0, to.lastIndexOf('@')));
	}

}
