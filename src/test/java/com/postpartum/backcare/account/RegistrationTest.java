package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The registration rules on their own: email shape, password length in bytes, common passwords. */
class RegistrationTest {

	private static final String GOOD_PASSWORD = "sleepy owl at dawn";

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>@example.com", "mum<script>@example.com",
			"mum\u202E@example.com", "mum@exam\u202Eple.com", "mum\u0000@example.com", "mum\u200B@example.com",
			"mum@@example.com", "mum@example", "mum@exa mple.com", "mum@-example.com", "mum@example.c",
			".mum@example.com", "mum.@example.com", "m..um@example.com", "mum@example..com", "\"mum\"@example.com",
			"mum@exa_mple.com", "mum@example.com\u0085" })
	void strangeEmailsAreRefused(String email) {
		assertThat(new Registration(email, GOOD_PASSWORD, GOOD_PASSWORD).problems()).containsEntry("email",
				"register.error.email");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mum@example.com", "Emma.Jones+baby@Mail.Example.co.uk", "o'brien@example.ie",
			"mum_1-2@sub-domain.example.org", "a@b.cd", "mum@xn--bcher-kva.example" })
	void ordinaryEmailsAreAccepted(String email) {
		assertThat(new Registration(email, GOOD_PASSWORD, GOOD_PASSWORD).problems()).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void anEmailLongerThan254CharactersIsRefused() {
		String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".com";
		assertThat(email.length()).isGreaterThan(254);
		assertThat(new Registration(email, GOOD_PASSWORD, GOOD_PASSWORD).problems()).containsKey("email");
	}

	@ParameterizedTest
	@ValueSource(ints = { 73, 100, 128, 129 })
	void passwordsOverBcryptsSeventyTwoBytesAreRefusedWithTheirOwnMessage(int length) {
		String password = "calm river stones ".repeat(10).substring(0, length);
		assertThat(new Registration("mum@example.com", password, password).problems()).containsEntry("password",
				"register.error.password.length");
	}

	@org.junit.jupiter.api.Test
	void accentedPasswordsAreMeasuredInBytes() {
		String fortyOne = "é".repeat(20) + "ô".repeat(21);
		assertThat(new Registration("mum@example.com", fortyOne, fortyOne).problems()).containsEntry("password",
				"register.error.password.length");
		String thirtySix = "éàèùâêîôûëïüçœ".repeat(3).substring(0, 36);
		assertThat(new Registration("mum@example.com", thirtySix, thirtySix).problems()).isEmpty();
		String seventyTwo = "calm river stones ".repeat(4);
		assertThat(seventyTwo).hasSize(72);
		assertThat(new Registration("mum@example.com", seventyTwo, seventyTwo).problems()).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void theMinimumIsStillTenCharacters() {
		assertThat(new Registration("mum@example.com", "owl at sea", "owl at sea").problems()).isEmpty();
		assertThat(new Registration("mum@example.com", "owl at se", "owl at se").problems()).containsEntry("password",
				"register.error.password.length");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password12", "Password1!", "iloveyou12", "PASSWORD123", "password1234!!",
			"qwertyuiop", "1234567890", "iloveyou!!!", "Sunshine2024!", "babybaby123", "football1234" })
	void commonPasswordsAreRefusedWhateverTheCaseAndTrailingDigits(String password) {
		assertThat(new Registration("mum@example.com", password, password).problems().get("password"))
			.startsWith("register.error.password.weak");
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({
			"correct horse battery staple, register.error.password.weak.common",
			"sunshine12345, register.error.password.weak.common",
			"aaaaaaaaaaaa, register.error.password.weak.pattern",
			"emma.jones2024, register.error.password.weak.email",
			"jonesjonesjones, register.error.password.weak.email" })
	void aGuessablePasswordIsRefusedWithTheReasonItIsGuessable(String password, String reason) {
		assertThat(new Registration("emma.jones@example.com", password, password).problems())
			.containsEntry("password", reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sleepy owl at dawn", "slow walks with the pram", "x9$Lq!2vR#kT" })
	void aPassphraseOrARandomPasswordIsAccepted(String password) {
		assertThat(new Registration("emma.jones@example.com", password, password).problems()).isEmpty();
	}

}
