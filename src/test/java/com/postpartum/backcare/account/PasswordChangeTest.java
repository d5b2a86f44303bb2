package com.postpartum.backcare.account;

import static com.postpartum.backcare.account.AccountPagesTest.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.postpartum.backcare.BrowserSession;

/** She changes her password on her account page: the current one first, the rules of registration for the new one. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordChangeTest {

	private static final String NEW_PASSWORD = "violet kettle under moonlit hedges";

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Test
	void aNewPasswordReplacesTheOldOneAndSignsOutEveryOtherDevice() throws Exception {
		String home = newAddress();
		BrowserSession phone = new BrowserSession(mvc);
		String email = phone.registerNewMother("change");
		BrowserSession tablet = new BrowserSession(mvc);
		assertThat(tablet.signIn(email, BrowserSession.PASSWORD)).isEqualTo("/account");
		String before = phone.sessionId();

		phone.perform(change(home, BrowserSession.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(redirectedUrl("/account?passwordChanged"));

		assertThat(phone.sessionId()).as("a new session id, as at any sign-in").isNotEqualTo(before);
		assertThat(phone.page("/account?passwordChanged")).contains("Your password is changed")
			.doesNotContain("Another device");
		tablet.perform(get("/today")).andExpect(redirectedUrl("/login"));
		assertThat(new BrowserSession(mvc).signIn(email, BrowserSession.PASSWORD)).isEqualTo("/login?error");
		assertThat(new BrowserSession(mvc).signIn(email, NEW_PASSWORD)).isEqualTo("/account");
	}

	@Test
	void aWrongCurrentPasswordChangesNothing() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		String email = phone.registerNewMother("change-wrong");
		MvcResult answer = phone.perform(change(newAddress(), "not my password at all", NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(answer.getResponse().getContentAsString()).contains("That is not your password now")
			.contains("aria-invalid=\"true\"")
			.doesNotContain(NEW_PASSWORD);
		assertThat(new BrowserSession(mvc).signIn(email, NEW_PASSWORD)).isEqualTo("/login?error");
		assertThat(new BrowserSession(mvc).signIn(email, BrowserSession.PASSWORD)).isEqualTo("/account");
	}

	@Test
	void theNewPasswordFollowsTheRulesOfRegistration() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		String email = phone.registerNewMother("change-weak");
		String address = newAddress();
		assertThat(refused(phone, change(address, BrowserSession.PASSWORD, "password123", "password123")))
			.contains("common passwords");
		assertThat(refused(phone, change(address, BrowserSession.PASSWORD, "short", "short"))).contains("at least 10");
		assertThat(refused(phone, change(address, BrowserSession.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")))
			.contains("The two passwords are not the same");
		assertThat(refused(phone,
				change(address, BrowserSession.PASSWORD, BrowserSession.PASSWORD, BrowserSession.PASSWORD)))
			.contains("the same as the one you have now");
		assertThat(new BrowserSession(mvc).signIn(email, BrowserSession.PASSWORD)).isEqualTo("/account");
	}

	@Test
	void wrongCurrentPasswordsAreThrottledLikeSignIns() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		String email = phone.registerNewMother("change-guess");
		String address = newAddress();
		int guesses = 0;
		while (guesses <= LoginThrottle.FREE_PER_ADDRESS
				&& phone.perform(change(address, "guess number " + guesses, NEW_PASSWORD, NEW_PASSWORD))
					.andReturn()
					.getResponse()
					.getStatus() == 400) {
			guesses++;
		}
		assertThat(guesses).as("wrong guesses answered before the throttle stepped in")
			.isBetween(LoginThrottle.FREE_PER_ACCOUNT, LoginThrottle.FREE_PER_ADDRESS);
		MvcResult waiting = phone.perform(change(address, BrowserSession.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(status().isTooManyRequests())
			.andReturn();
		assertThat(waiting.getResponse().getContentAsString()).contains("please wait");
		assertThat(new BrowserSession(mvc).signIn(email, BrowserSession.PASSWORD)).isEqualTo("/account");
	}

	@Test
	void changingThePasswordNeedsHerAndAFormToken() throws Exception {
		mvc.perform(post("/account/password").with(csrf())
			.param("currentPassword", BrowserSession.PASSWORD)
			.param("newPassword", NEW_PASSWORD)
			.param("confirmNewPassword", NEW_PASSWORD)).andExpect(redirectedUrl("/login"));
		BrowserSession phone = new BrowserSession(mvc);
		phone.registerNewMother("change-csrf");
		phone.perform(post("/account/password").param("currentPassword", BrowserSession.PASSWORD)
			.param("newPassword", NEW_PASSWORD)
			.param("confirmNewPassword", NEW_PASSWORD)).andExpect(status().isForbidden());
	}

	private String refused(BrowserSession browser,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return browser.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(String address,
			String current, String chosen, String again) {
		return post("/account/password").with(csrf())
			.with(from(address))
			.param("currentPassword", current)
			.param("newPassword", chosen)
			.param("confirmNewPassword", again);
	}

	private static String newAddress() {
		int n = NEXT.incrementAndGet();
		return "10.98." + (n / 250) + "." + (n % 250 + 1);
	}

}
