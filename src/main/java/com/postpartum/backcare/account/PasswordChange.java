package com.postpartum.backcare.account;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What she types on her account page to change her password: the one she has now (so that a
 * phone left unlocked is not enough) and the new one twice. Each problem is a message key for
 * its field.
 */
public record PasswordChange(String currentPassword, String newPassword, String confirmNewPassword) {

	static final String WRONG_CURRENT = "account.password.error.current";

	static final String SAME = "account.password.error.same";

	/** The new password's problems, in the order of the form (the current one is checked apart, against her hash). */
	Map<String, String> newPasswordProblems(String normalisedEmail) {
		Map<String, String> problems = new LinkedHashMap<>();
		String chosen = newPassword == null ? "" : newPassword;
		Registration.newPasswordProblem(chosen, normalisedEmail)
			.or(() -> chosen.equals(currentPassword) ? java.util.Optional.of(SAME) : java.util.Optional.empty())
			.ifPresent(problem -> problems.put("newPassword", problem));
		if (!chosen.equals(confirmNewPassword)) {
			problems.put("confirmNewPassword", "register.error.confirm");
		}
		return problems;
	}

}
