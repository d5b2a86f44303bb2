package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.assessment.AssessmentRepository;
import com.postpartum.backcare.assessment.IntakePagesTestSupport;

/** Register, sign in and out, throttling, her answers kept, and deleting everything. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTest {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final String PASSWORD = "sleepy owl at dawn";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	AssessmentRepository assessments;

	@Test
	void registeringSignsHerInAndStoresOnlyAHash() throws Exception {
		BrowserSession browser = new BrowserSession(mvc);
		String email = newEmail();
		register(browser, email.toUpperCase(), PASSWORD, PASSWORD).andExpect(redirectedUrl("/account?welcome"));
		browser.perform(get("/account"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Signed in as " + email), containsString("Sign out"))));
		Account account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.getPasswordHash()).startsWith("$2").doesNotContain(PASSWORD);
	}

	@Test
	void badRegistrationsAreExplainedAndStoreNothing() throws Exception {
		long before = accounts.count();
		register(new BrowserSession(mvc), "not-an-email", "short", "other")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Enter your email address"),
					containsString("at least 10 characters and at most 72 bytes"), containsString("two passwords are not the same"),
					containsString("value=\"not-an-email\""))));
		register(new BrowserSession(mvc), newEmail(), "1234567890", "1234567890")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("common passwords, words and names that guessing programs try first")));
		assertThat(accounts.count()).isEqualTo(before);
	}

	@Test
	void aSecondAccountForTheSameEmailIsRefusedClearly() throws Exception {
		String email = newEmail();
		register(new BrowserSession(mvc), email, PASSWORD, PASSWORD).andExpect(status().is3xxRedirection());
		register(new BrowserSession(mvc), " " + email.toUpperCase() + " ", PASSWORD, PASSWORD)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sign in instead")));
		assertThat(accounts.findAll().stream().filter(a -> a.getEmail().equals(email))).hasSize(1);
	}

	@Test
	void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/register").param("email", newEmail()).param("password", PASSWORD)
			.param("confirmPassword", PASSWORD)).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("email", "a@b.cd").param("password", PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/delete").param("confirm", "true")).andExpect(status().isForbidden());
	}

	@Test
	void signingInChangesTheSessionAndSigningOutEndsIt() throws Exception {
		String email = newEmail();
		register(new BrowserSession(mvc), email, PASSWORD, PASSWORD);
		BrowserSession browser = new BrowserSession(mvc);
		browser.perform(get("/intake"));
		String before = browser.sessionId();
		browser.perform(post("/login").with(csrf()).param("email", email).param("password", "wrong password!"))
			.andExpect(redirectedUrl("/login?error"));
		browser.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/account"));
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		browser.perform(get("/account")).andExpect(status().isOk());
		browser.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/?signedOut"));
		browser.perform(get("/account")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void repeatedWrongPasswordsPauseSigningIn() throws Exception {
		String email = newEmail();
		register(new BrowserSession(mvc), email, PASSWORD, PASSWORD);
		BrowserSession guesser = new BrowserSession(mvc);
		// From an address she never signed in from, the account's softer limit comes first.
		for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
			guesser.perform(post("/login").with(csrf()).with(from("10.79.0.1")).param("email", email)
				.param("password", "guess number " + i)).andExpect(redirectedUrl("/login?error"));
		}
		guesser.perform(post("/login").with(csrf()).with(from("10.79.0.1")).param("email", email)
			.param("password", PASSWORD)).andExpect(redirectedUrlPattern("/login?wait=*"));
		new BrowserSession(mvc).perform(get("/login?wait=1"))
			.andExpect(content().string(containsString("please wait 1 second,")));
	}

	@Test
	void anAssessmentMadeBeforeRegisteringBecomesHersAndNobodyElseCanOpenIt() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		String location = mother.perform(IntakePagesTestSupport
			.healthyIntake(post("/intake")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/assessments/".length()));
		String email = newEmail();
		register(mother, email, PASSWORD, PASSWORD);
		assertThat(assessments.findById(id).orElseThrow().getAccountId())
			.isEqualTo(accounts.findByEmail(email).orElseThrow().getId());
		mother.perform(get("/account")).andExpect(content().string(containsString(location)));
		mother.perform(get(location)).andExpect(status().isOk());

		BrowserSession other = new BrowserSession(mvc);
		register(other, newEmail(), PASSWORD, PASSWORD);
		other.perform(get(location)).andExpect(status().isNotFound());
		other.perform(get("/account")).andExpect(content().string(org.hamcrest.Matchers.not(containsString(location))));
	}

	@Test
	void anAssessmentMadeSignedInIsHersInEveryBrowserSheSignsInWith() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		String email = newEmail();
		String location = registerAndAssess(mother, email);
		UUID id = UUID.fromString(location.substring("/assessments/".length()));
		assertThat(assessments.findById(id).orElseThrow().getAccountId())
			.isEqualTo(accounts.findByEmail(email).orElseThrow().getId());

		BrowserSession herPhone = new BrowserSession(mvc);
		herPhone.perform(get(location)).andExpect(status().isNotFound());
		herPhone.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/account"));
		herPhone.perform(get(location)).andExpect(status().isOk());
		herPhone.perform(post("/logout").with(csrf()));
		herPhone.perform(get(location)).andExpect(status().isNotFound());
	}

	@Test
	void deletingTheAccountRemovesEveryRowOfHersAndSignsHerOut() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		String email = newEmail();
		String location = registerAndAssess(mother, email);
		UUID id = UUID.fromString(location.substring("/assessments/".length()));
		Long accountId = accounts.findByEmail(email).orElseThrow().getId();

		mother.perform(post("/account/delete").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tick the box")));
		assertThat(accounts.findById(accountId)).isPresent();

		mother.perform(post("/account/delete").with(csrf()).param("confirm", "true"))
			.andExpect(redirectedUrl("/?deleted"));
		assertThat(accounts.findById(accountId)).isEmpty();
		assertThat(assessments.findById(id)).isEmpty();
		mother.perform(get("/account")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theAccountPageNeedsSigningIn() throws Exception {
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void longAndAccentedPasswordsAreExplainedNeverAServerError() throws Exception {
		for (String password : new String[] { "calm river stones ".repeat(5).substring(0, 73),
				"calm river stones ".repeat(8).substring(0, 128), "é".repeat(41) }) {
			BrowserSession browser = new BrowserSession(mvc);
			register(browser, newEmail(), password, password).andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("at most 72 bytes")));
		}
		String email = newEmail();
		register(new BrowserSession(mvc), email, PASSWORD, PASSWORD).andExpect(status().is3xxRedirection());
		String accented = "éàèùâêîôûëïüçœ".repeat(3).substring(0, 36);
		register(new BrowserSession(mvc), newEmail(), accented, accented).andExpect(redirectedUrl("/account?welcome"));
		for (String who : new String[] { email, newEmail() }) {
			for (String password : new String[] { PASSWORD + "x".repeat(60), "é".repeat(41), "ü".repeat(64),
					"x".repeat(1000) }) {
				new BrowserSession(mvc).perform(post("/login").with(csrf()).with(from("10.77.0." + (NEXT.get() % 200)))
					.param("email", who).param("password", password))
					.andExpect(redirectedUrl("/login?error"));
			}
		}
	}

	@Test
	void eightRegistrationsOfOneEmailAtOnceMakeOneAccountAndNoServerError() throws Exception {
		String email = newEmail();
		int threads = 8;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
		java.util.List<String> bodies = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
		for (int i = 0; i < threads; i++) {
			int n = i;
			answers.add(pool.submit(() -> {
				start.await();
				try {
					org.springframework.mock.web.MockHttpServletResponse response = mvc
						.perform(post("/register").with(csrf()).with(from("10.78.0." + n))
							.param("email", email).param("password", PASSWORD).param("confirmPassword", PASSWORD))
						.andReturn().getResponse();
					if (response.getStatus() != 302) {
						bodies.add(response.getStatus() + " " + response.getContentAsString());
					}
					return response.getStatus();
				}
				catch (Exception failed) {
					return 500;
				}
			}));
		}
		start.countDown();
		java.util.List<Integer> statuses = new java.util.ArrayList<>();
		for (java.util.concurrent.Future<Integer> answer : answers) {
			statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(statuses).allSatisfy(code -> assertThat(code).isLessThan(500));
		assertThat(statuses).filteredOn(code -> code == 302).hasSize(1);
		// The others are told the email exists, unless five such answers for this email came first:
		// then the guessing throttle asks for a wait (how many depends on the threads' timing).
		assertThat(bodies).as("answers: " + statuses).hasSize(threads - 1)
			.allSatisfy(body -> assertThat(body).satisfiesAnyOf(
					exists -> assertThat(exists).startsWith("400 ").contains("sign in instead"),
					throttled -> assertThat(throttled).startsWith("429 ").contains("please wait a few minutes")))
			.filteredOn(body -> body.startsWith("400 "))
			.hasSizeGreaterThanOrEqualTo(LoginThrottle.FREE_PER_ACCOUNT);
		assertThat(accounts.findAll().stream().filter(a -> a.getEmail().equals(email))).hasSize(1);
	}

	@Test
	void registeringRenewsTheCsrfTokenAndTheSessionId() throws Exception {
		BrowserSession browser = new BrowserSession(mvc);
		String form = browser.perform(get("/register")).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher hidden = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(form);
		assertThat(hidden.find()).as("the form's CSRF token").isTrue();
		String before = browser.sessionId();
		assertThat(before).isNotNull();
		browser.perform(post("/register").param("_csrf", hidden.group(1)).param("email", newEmail())
			.param("password", PASSWORD).param("confirmPassword", PASSWORD))
			.andExpect(redirectedUrl("/account?welcome"));
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		// The token she had before signing in no longer works once she is signed in.
		browser.perform(post("/logout").param("_csrf", hidden.group(1))).andExpect(status().isForbidden());
		browser.perform(get("/account")).andExpect(status().isOk());
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private org.springframework.test.web.servlet.ResultActions register(BrowserSession browser, String email,
			String password, String confirm) throws Exception {
		return browser.perform(post("/register").with(csrf())
			.param("email", email)
			.param("password", password)
			.param("confirmPassword", confirm));
	}

	private static String newEmail() {
		return "mother" + NEXT.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	/** Registers her, then sends a healthy intake signed in; the address of her assessment. */
	private String registerAndAssess(BrowserSession mother, String email) throws Exception {
		register(mother, email, PASSWORD, PASSWORD);
		return mother.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

}
