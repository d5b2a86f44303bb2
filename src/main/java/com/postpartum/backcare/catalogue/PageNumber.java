package com.postpartum.backcare.catalogue;

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
		try {
			int page = Integer.parseInt(value.strip());
			return page >= 1 && page <= MAX ? page : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
