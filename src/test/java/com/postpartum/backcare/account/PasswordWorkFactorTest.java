package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The suite hashes with BCrypt's cheapest work factor (its own configuration); a real
 * deployment, which sets nothing, must keep BCrypt's 10.
 */
class PasswordWorkFactorTest {

	@Test
	void withNothingSetPasswordsAreHashedWithWorkFactorTen() throws Exception {
		Value setting = SecurityConfig.class.getDeclaredMethod("passwordEncoder", int.class)
			.getParameters()[0].getAnnotation(Value.class);
		assertThat(setting.value()).isEqualTo("${app.passwords.bcrypt-strength:10}");
		assertThat(new SecurityConfig().passwordEncoder(10).encode("slow walks with the pram")).startsWith("$2a$10$");
	}

	@Test
	void noProfileOfTheAppLowersIt() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			assertThat(files.filter(file -> file.getFileName().toString().matches("application.*\\.(properties|ya?ml)")))
				.isNotEmpty()
				.allSatisfy(file -> assertThat(Files.readString(file)).as(file.toString())
					.doesNotContain("bcrypt-strength"));
		}
	}

}
