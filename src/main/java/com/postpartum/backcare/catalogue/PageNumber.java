package com.postpartum.backcare.catalogue;

import com.postpartum.backcare.web.WholeNumber;

/** Parses a 1-based page number from a query parameter; anything unusable becomes 0 (invalid). */
final class PageNumber {

	/** Far beyond any real catalogue; keeps the row offset well inside what databases accept. */
	static final int MAX = 10_000;

	private PageNumber() {
	}

	static int parse(String value) {
		if (value == null || value.isBlank()) {
			return 1;
		}
		return WholeNumber.parse(value, 1, MAX).orElse(0);
	}

}
