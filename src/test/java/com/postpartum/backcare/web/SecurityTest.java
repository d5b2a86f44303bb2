package com.postpartum.backcare.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Baseline security: public library, strict headers, CSRF on forms, only health of actuator. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		mvc.perform(get("/exercises"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
	}

	@Test
	void onlyHealthOfActuatorIsPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator" }) {
			// Refused: sent to sign in, and even signed in it stays denied.
			int status = mvc.perform(get(endpoint)).andReturn().getResponse().getStatus();
			org.assertj.core.api.Assertions.assertThat(status).as(endpoint).isIn(302, 401, 403);
		}
	}

	@Test
	void aFormPostWithoutACsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/exercises")).andExpect(status().isForbidden());
		mvc.perform(post("/exercises").with(csrf())).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void theH2ConsoleIsNotServed() throws Exception {
		mvc.perform(get("/h2-console")).andExpect(status().isNotFound());
	}

	@Test
	void staticAssetsAreFingerprintedAndCachedForAYear() throws Exception {
		String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher css = java.util.regex.Pattern.compile("/assets/css/app-[0-9a-f]{32}\\.css").matcher(html);
		org.assertj.core.api.Assertions.assertThat(css.find()).as("fingerprinted stylesheet link").isTrue();
		mvc.perform(get(css.group()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
	}

}
