package com.postpartum.backcare.web;

import java.util.Optional;

/**
 * A whole number as a form field or a query parameter sends it: surrounding spaces are
 * ignored; blank text, anything else and numbers beyond an int are no number. Callers say
 * what a missing or unusable number means for them.
 */
public final class WholeNumber {

	private WholeNumber() {
	}

	public static Optional<Integer> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Integer.parseInt(text.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The number only when it lies from {@code min} to {@code max}, both included. */
	public static Optional<Integer> parse(String text, int min, int max) {
		return parse(text).filter(number -> number >= min && number <= max);
	}

}
