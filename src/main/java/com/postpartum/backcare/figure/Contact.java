package com.postpartum.backcare.figure;

import java.util.Arrays;
import java.util.Optional;

/** A body point that can rest on the floor or a prop. */
public enum Contact {

	HEAD("head"), SHOULDERS("shoulders"), SACRUM("sacrum"), NEAR_ELBOW("near-elbow"), FAR_ELBOW("far-elbow"),
	NEAR_HAND("near-hand"), FAR_HAND("far-hand"), NEAR_KNEE("near-knee"), FAR_KNEE("far-knee"),
	NEAR_FOOT("near-foot"), FAR_FOOT("far-foot");

	private final String code;

	Contact(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<Contact> fromCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

	public static String allowed() {
		return String.join(", ", Arrays.stream(values()).map(Contact::code).toList());
	}

}
