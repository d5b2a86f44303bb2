package com.postpartum.backcare;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser's session for MockMvc tests. Sessions live in the database (Spring Session
 * JDBC), so it is the SESSION cookie that carries them from request to request.
 */
public final class BrowserSession {

	/** Good enough for every rule of registration. */
	public static final String PASSWORD = "slow walks with the pram";

	private final MockMvc mvc;

	private Cookie sessionCookie;

	/** The header switch's choice, kept like a browser keeps it. */
	private Cookie languageCookie;

	public BrowserSession(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (sessionCookie != null) {
			request.cookie(sessionCookie);
		}
		if (languageCookie != null) {
			request.cookie(languageCookie);
		}
		ResultActions actions = mvc.perform(request);
		Cookie issued = actions.andReturn().getResponse().getCookie("SESSION");
		if (issued != null) {
			sessionCookie = issued.getMaxAge() == 0 ? null : issued;
		}
		Cookie language = actions.andReturn().getResponse().getCookie("lang");
		if (language != null) {
			languageCookie = language;
		}
		return actions;
	}

	/** Registers a new mother in this browser (which signs her in) and returns her email. */
	public String registerNewMother(String emailPrefix) throws Exception {
		String email = emailPrefix + "-" + java.util.UUID.randomUUID() + "@example.com";
		perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/register")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("email", email)
			.param("password", PASSWORD)
			.param("confirmPassword", PASSWORD))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/account?welcome"));
		return email;
	}

	/** Signs in through the form; where the answer sends her ("/account", "/login?error" …). */
	public String signIn(String email, String password) throws Exception {
		return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("email", email)
			.param("password", password)).andReturn().getResponse().getRedirectedUrl();
	}

	/** The page at this address as this browser sees it. */
	public String page(String path) throws Exception {
		return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)).andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The language this browser chose with the switch, or null. */
	public String language() {
		return languageCookie == null ? null : languageCookie.getValue();
	}

	public String sessionId() {
		return sessionCookie == null ? null : sessionCookie.getValue();
	}

}
