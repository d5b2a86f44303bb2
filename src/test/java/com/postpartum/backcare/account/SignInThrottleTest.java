package com.postpartum.backcare.account;

import static com.postpartum.backcare.account.AccountPagesTest.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;

/**
 * Sign-in throttling by client address and by account together (docs/architecture.md,
 * "Sign-in throttle"). Each test uses its own client addresses: the state lives in the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleTest {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	private static final String PASSWORD = "sleepy owl at dawn";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aBurstOfGuessesAcrossManyAccountsFromOneAddressIsSlowedDown() throws Exception {
		String hash = passwords.encode(PASSWORD);
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String email = newEmail();
			accounts.save(new Account(email, hash, Instant.now()));
			emails.add(email);
		}
		String attacker = newAddress();
		int wrongPasswordAnswers = 0;
		int waitAnswers = 0;
		for (int guess = 0; guess < 120; guess++) {
			String answer = signIn(attacker, emails.get(guess % emails.size()), "guess number " + guess);
			if (answer.equals("/login?error")) {
				wrongPasswordAnswers++;
			}
			else if (answer.matches("/login\\?wait=\\d+")) {
				waitAnswers++;
			}
		}
		assertThat(wrongPasswordAnswers).as("guesses actually checked").isLessThanOrEqualTo(LoginThrottle.FREE_PER_ADDRESS + 1);
		assertThat(waitAnswers).isGreaterThanOrEqualTo(120 - LoginThrottle.FREE_PER_ADDRESS - 1);
		// Even the right password is not checked while the address must wait.
		assertThat(signIn(attacker, emails.get(0), PASSWORD)).matches("/login\\?wait=\\d+");
	}

	@Test
	void theWaitIsExplainedWithItsSeconds() throws Exception {
		new BrowserSession(mvc).perform(get("/login?wait=42"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("wait 42 seconds")));
		new BrowserSession(mvc).perform(get("/login?wait=900"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("wait 15 minutes")));
		new BrowserSession(mvc).perform(get("/login?wait=%3Cscript%3E"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Too many"))));
	}

	@Test
	void aStrangersGuessesNeverLockTheOwnerOutAtHerUsualAddress() throws Exception {
		String email = newEmail();
		String home = newAddress();
		BrowserSession owner = new BrowserSession(mvc);
		owner.perform(post("/register").with(csrf()).with(from(home)).param("email", email)
			.param("password", PASSWORD).param("confirmPassword", PASSWORD)).andExpect(redirectedUrl("/account?welcome"));
		owner.perform(post("/logout").with(csrf()).with(from(home)));

		String stranger = newAddress();
		for (int i = 0; i < 30; i++) {
			signIn(stranger, email, "guess number " + i);
		}
		// A spread-out attack: one guess from each of many addresses.
		for (int i = 0; i < 20; i++) {
			signIn(newAddress(), email, "spread guess " + i);
		}
		assertThat(signIn(newAddress(), email, "one more guess")).as("a new address for her account must wait")
			.matches("/login\\?wait=\\d+");
		assertThat(signIn(home, email, PASSWORD)).isEqualTo("/account");
	}

	@Test
	void unknownAndKnownEmailsGetExactlyTheSameAnswers() throws Exception {
		String known = newEmail();
		accounts.save(new Account(known, passwords.encode(PASSWORD), Instant.now()));
		String unknown = newEmail();
		List<String> forKnown = new ArrayList<>();
		List<String> forUnknown = new ArrayList<>();
		String first = newAddress();
		String second = newAddress();
		for (int i = 0; i < 14; i++) {
			forKnown.add(signIn(first, known, "guess number " + i).replaceAll("\\d+", "N"));
			forUnknown.add(signIn(second, unknown, "guess number " + i).replaceAll("\\d+", "N"));
		}
		assertThat(forKnown).isEqualTo(forUnknown).contains("/login?error", "/login?wait=N");
		// From fresh addresses, after the account's soft limit, both are paused alike.
		assertThat(signIn(newAddress(), known, "x guess").replaceAll("\\d+", "N"))
			.isEqualTo(signIn(newAddress(), unknown, "x guess").replaceAll("\\d+", "N"));
	}

	@Test
	void tryingEmailsAtRegistrationIsThrottledLikeGuessing() throws Exception {
		String hash = passwords.encode(PASSWORD);
		String prober = newAddress();
		for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
			String email = newEmail();
			accounts.save(new Account(email, hash, Instant.now()));
			mvc.perform(post("/register").with(csrf()).with(from(prober)).param("email", email)
				.param("password", PASSWORD).param("confirmPassword", PASSWORD))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
		}
		mvc.perform(post("/register").with(csrf()).with(from(prober)).param("email", newEmail())
			.param("password", PASSWORD).param("confirmPassword", PASSWORD))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isTooManyRequests())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("please wait a few minutes")));
	}

	private String signIn(String address, String email, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from(address)).param("email", email)
			.param("password", password)).andReturn().getResponse().getRedirectedUrl();
	}

	private static String newAddress() {
		int n = NEXT.incrementAndGet();
		return "10.99." + (n / 250) + "." + (n % 250 + 1);
	}

	private static String newEmail() {
		return "throttled." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

}
