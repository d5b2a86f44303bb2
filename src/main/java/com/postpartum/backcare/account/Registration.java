package com.postpartum.backcare.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a mother types to register, and the checks on it. Each problem is a message key for
 * the field, shown next to it.
 */
public record Registration(String email, String password, String confirmPassword) {

	static final int MIN_PASSWORD = 10;

	static final int MAX_PASSWORD = 128;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	/** A few of the passwords tried first by anyone guessing; long enough to pass the length rule. */
	private static final Set<String> COMMON = Set.of("password123", "1234567890", "12345678910", "qwertyuiop",
			"password1234", "iloveyou123", "letmein1234", "0987654321", "qwerty12345", "babybaby123");

	public String normalisedEmail() {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	/** Field → message key, in the order of the form; empty when everything can be used. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		String address = normalisedEmail();
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			problems.put("email", "register.error.email");
		}
		String secret = password == null ? "" : password;
		if (secret.length() < MIN_PASSWORD || secret.length() > MAX_PASSWORD) {
			problems.put("password", "register.error.password.length");
		}
		else if (COMMON.contains(secret.toLowerCase(Locale.ROOT)) || secret.chars().distinct().count() < 4
				|| containsLocalPart(secret, address)) {
			problems.put("password", "register.error.password.weak");
		}
		if (!secret.equals(confirmPassword)) {
			problems.put("confirmPassword", "register.error.confirm");
		}
		return problems;
	}

	/** "emma.jones2024" is a poor password for emma.jones@…; a 1–3 letter name says little. */
	private static boolean containsLocalPart(String secret, String address) {
		String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : "";
		return local.length() >= 4 && secret.toLowerCase(Locale.ROOT).contains(local);
	}

}
