package com.postpartum.backcare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.OnAFixedDay;
import com.postpartum.backcare.account.AccountRepository;
import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.assessment.FlagCode;
import com.postpartum.backcare.assessment.IntakePagesTestSupport;

/**
 * Her pages are kept rendered per sign-in session while her data stays the same
 * (docs/performance.md, "Signed-in pages"), and any change shows at once, also one made
 * through another instance of the app (here: straight through the services, bypassing the pages).
 */
@OnAFixedDay
class KeptPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PracticeService practice;

	@Autowired
	AssessmentService assessments;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aSecondViewOfHerPagesIsNotRenderedAgainButEveryChangeShowsAtOnce() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		mother.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()));
		long accountId = accounts.findByEmail(mother.registerNewMother("kept")).orElseThrow().getId();
		String today = page(mother, "/today");
		String progress = page(mother, "/progress");
		String account = page(mother, "/account");
		assertThat(today).contains("Start today&#39;s session");
		assertThat(progress).contains("No sessions yet");

		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		assertThat(page(mother, "/today")).isEqualTo(today);
		assertThat(page(mother, "/progress")).isEqualTo(progress);
		assertThat(page(mother, "/account")).isEqualTo(account);
		assertThat(statistics.getPrepareStatementCount()).as("statements of the pages' own queries").isZero();

		// Another instance starts and finishes her session: this one's kept pages are stale.
		practice.start(accountId, 3);
		assertThat(page(mother, "/today")).doesNotContain("Start today&#39;s session");
		practice.finish(accountId, 2, List.of(), List.of());
		assertThat(page(mother, "/today")).contains("Today&#39;s session is done");
		assertThat(page(mother, "/progress")).contains("1 session so far");

		// A red flag answered elsewhere stops today's exercise at once.
		assessments.recheck(accountId, Set.of(FlagCode.SADDLE_NUMBNESS));
		assertThat(page(mother, "/today")).doesNotContain("Today&#39;s session is done");
	}

	@Test
	void eachSignInSessionGetsItsOwnPageWithItsOwnWorkingFormToken() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		phone.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()));
		String email = phone.registerNewMother("two-devices");
		page(phone, "/today");
		BrowserSession tablet = new BrowserSession(mvc);
		tablet.perform(post("/login").with(csrf()).param("email", email).param("password", BrowserSession.PASSWORD))
			.andExpect(status().is3xxRedirection());
		String onTablet = page(tablet, "/today");
		String token = onTablet.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		tablet.perform(post("/today/start").param("_csrf", token).param("painBefore", "3"))
			.andExpect(redirectedUrl("/today"));
		phone.perform(get("/today")).andExpect(content().string(containsString("painAfter")));
	}

	@Test
	void aPhoneThatAcceptsGzipGetsTheKeptPageCompressedAndTheSameWords() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		phone.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()));
		phone.registerNewMother("gzip");
		String today = page(phone, "/today");
		org.springframework.mock.web.MockHttpServletResponse packed = phone
			.perform(get("/today").header("Accept-Encoding", "gzip, deflate, br"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(packed.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(packed.getHeaders("Vary")).contains("Accept-Encoding");
		assertThat(packed.getContentAsByteArray().length).as("kept compressed").isLessThan(today.length() / 2);
		try (java.util.zip.GZIPInputStream unpacked = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(packed.getContentAsByteArray()))) {
			assertThat(new String(unpacked.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(today);
		}
	}

	private static String page(BrowserSession mother, String path) throws Exception {
		return mother.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
