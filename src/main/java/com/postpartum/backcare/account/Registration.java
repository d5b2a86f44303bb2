package com.postpartum.backcare.account;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a mother types to register, and the checks on it. Each problem is a message key for
 * the field, shown next to it.
 */
public record Registration(String email, String password, String confirmPassword) {

	static final int MIN_PASSWORD = 10;

	/**
	 * BCrypt reads at most 72 bytes of a password, so the limit is in UTF-8 bytes, not
	 * characters: 72 plain letters, fewer with accents (2 bytes each) or emoji (4).
	 */
	static final int MAX_PASSWORD_BYTES = 72;

	static final int MAX_EMAIL = 254;

	static final int MAX_LOCAL_PART = 64;

	/**
	 * An ordinary address, in ASCII only: a dot-atom local part (letters, digits and
	 * RFC 5322's few symbols, dots only between them), and a domain of at least two labels of
	 * letters, digits and inner hyphens, ending in a top-level domain of letters (or an
	 * IDN's xn-- form). No spaces, quotes, angle brackets, control or bidi characters.
	 */
	private static final Pattern EMAIL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
			+ "@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

	public String normalisedEmail() {
		return Account.normaliseEmail(email);
	}

	/** Field → message key, in the order of the form; empty when everything can be used. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!isEmailAddress(email)) {
			problems.put("email", "register.error.email");
		}
		problems.putAll(passwordProblems(password, confirmPassword, normalisedEmail()));
		return problems;
	}

	/** Whether this is an email address an account can have (the form's check, as typed). */
	static boolean isEmailAddress(String typed) {
		return isEmail(typed == null ? "" : typed.strip(), Account.normaliseEmail(typed));
	}

	/**
	 * The checks on a new password (fields {@code password} and {@code confirmPassword}), for
	 * registering and for every later change: length in characters and in bytes, how
	 * guessable it is (her own email's name included), and the second copy.
	 */
	static Map<String, String> passwordProblems(String password, String confirmPassword, String email) {
		Map<String, String> problems = new LinkedHashMap<>();
		newPasswordProblem(password, email).ifPresent(problem -> problems.put("password", problem));
		if (!(password == null ? "" : password).equals(confirmPassword)) {
			problems.put("confirmPassword", "register.error.confirm");
		}
		return problems;
	}

	/**
	 * Why a password cannot be hers (a message key): length in characters and in bytes, and how
	 * guessable it is (her own email's name included).
	 */
	static Optional<String> newPasswordProblem(String password, String normalisedEmail) {
		String secret = password == null ? "" : password;
		if (secret.codePointCount(0, secret.length()) < MIN_PASSWORD
				|| secret.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return Optional.of("register.error.password.length");
		}
		return PasswordStrength.weakness(secret, normalisedEmail);
	}

	private static boolean isEmail(String typed, String address) {
		// Checked as typed too: lower-casing could turn a look-alike (the Kelvin sign) into ASCII.
		return typed.chars().allMatch(c -> c > 0x20 && c < 0x7f) && address.length() <= MAX_EMAIL
				&& address.indexOf('@') > 0 && address.indexOf('@') <= MAX_LOCAL_PART
				&& EMAIL.matcher(address).matches();
	}

}
