package com.postpartum.backcare.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.assessment.IntakePagesTestSupport;

/** A new mother, signed in, who answered the healthy intake (a phase 2 routine), and her account id. */
final class MothersWithAnAnswer {

	private MothersWithAnAnswer() {
	}

	static BrowserSession register(MockMvc mvc, String emailPrefix) throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		mother.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()));
		mother.registerNewMother(emailPrefix);
		return mother;
	}

	static long accountOf(BrowserSession mother, AccountRepository accounts) throws Exception {
		String page = mother.perform(get("/account")).andReturn().getResponse().getContentAsString();
		String email = page.replaceAll("(?s).*Signed in as ([^<\\s]+).*", "$1");
		return accounts.findByEmail(email).orElseThrow().getId();
	}

}
