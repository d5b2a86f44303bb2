package com.postpartum.backcare.account;

import java.util.Optional;

/**
 * The name she gives a passkey ("My phone"), so she can tell them apart on her account page:
 * trimmed, not blank, at most {@value #MAX_LENGTH} characters (the column holds twice as many
 * UTF-16 units, as H2 counts them).
 */
final class PasskeyLabel {

	static final int MAX_LENGTH = 64;

	static final String BLANK = "passkeys.label.blank";

	static final String TOO_LONG = "passkeys.label.tooLong";

	private PasskeyLabel() {
	}

	/** The label as it is stored. */
	static String clean(String typed) {
		return typed == null ? "" : typed.strip();
	}

	/** The message key of what is wrong with it, if anything. */
	static Optional<String> problem(String typed) {
		String label = clean(typed);
		if (label.isEmpty()) {
			return Optional.of(BLANK);
		}
		// Characters as she counts them: an emoji is one.
		if (label.codePointCount(0, label.length()) > MAX_LENGTH) {
			return Optional.of(TOO_LONG);
		}
		return Optional.empty();
	}

}
