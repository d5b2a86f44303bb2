package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reading of a whole number typed into a form or a query parameter. */
class WholeNumberTest {

	@ParameterizedTest(name = "''{0}'' is {1}")
	@CsvSource(delimiter = '|', nullValues = "none", value = { "7 | 7", "' 12 ' | 12", "0 | 0", "-3 | -3",
			"'' | none", "'   ' | none", "none | none", "ten | none", "2.5 | none", "1e3 | none",
			"99999999999 | none" })
	void readsAWholeNumberOrNothing(String text, Integer expected) {
		assertThat(WholeNumber.parse(text)).isEqualTo(Optional.ofNullable(expected));
	}

	@ParameterizedTest(name = "''{0}'' within 1 to 3 is {1}")
	@CsvSource(delimiter = '|', nullValues = "none", value = { "1 | 1", "3 | 3", "0 | none", "4 | none", "x | none" })
	void aRangeIncludesBothEnds(String text, Integer expected) {
		assertThat(WholeNumber.parse(text, 1, 3)).isEqualTo(Optional.ofNullable(expected));
	}

}
