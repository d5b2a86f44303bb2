package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;

/** Her account page lists where she is signed in, and signs her out everywhere else. */
@SpringBootTest
@AutoConfigureMockMvc
class DevicesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void signingOutEveryOtherDeviceEndsTheirSessionsAndKeepsThisOne() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		String email = phone.registerNewMother("devices");
		BrowserSession tablet = new BrowserSession(mvc);
		tablet.perform(post("/login").with(csrf()).param("email", email).param("password", BrowserSession.PASSWORD))
			.andExpect(status().is3xxRedirection());
		assertThat(tablet.page("/today")).doesNotContain("Sign in to");

		String account = phone.page("/account");
		assertThat(account).contains("This device: signed in").contains("Another device: signed in");
		assertThat(account.split("This device", -1)).hasSize(2);

		phone.perform(post("/account/sign-out-others").with(csrf())).andExpect(redirectedUrl("/account?signedOutOthers"));

		tablet.perform(get("/today")).andExpect(redirectedUrl("/login"));
		assertThat(phone.page("/account")).contains("This device: signed in").doesNotContain("Another device");
		phone.perform(get("/today")).andExpect(status().isOk());
	}

	@Test
	void signingOutOthersNeedsHerAndAFormToken() throws Exception {
		mvc.perform(post("/account/sign-out-others").with(csrf())).andExpect(redirectedUrl("/login"));
		BrowserSession phone = new BrowserSession(mvc);
		phone.registerNewMother("devices-csrf");
		phone.perform(post("/account/sign-out-others")).andExpect(status().isForbidden());
	}

}
