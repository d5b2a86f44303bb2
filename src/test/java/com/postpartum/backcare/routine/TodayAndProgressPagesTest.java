package com.postpartum.backcare.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.account.AccountRepository;
import com.postpartum.backcare.assessment.IntakePagesTestSupport;

/** The daily page and the progress page, signed in, as a browser without JavaScript uses them. */
@SpringBootTest
@AutoConfigureMockMvc
class TodayAndProgressPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PracticeSessionRepository sessions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void bothPagesNeedSigningIn() throws Exception {
		mvc.perform(get("/today")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/progress")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/today/start").param("painBefore", "3")).andExpect(status().isForbidden());
	}

	@Test
	void withoutAnAssessmentTodayAsksForTheCheckFirst() throws Exception {
		BrowserSession mother = signedIn(false);
		mother.perform(get("/today")).andExpect(content().string(containsString("Answer the back check first")));
	}

	@Test
	void aWholeSessionWithoutJavaScriptIsSavedAndShownOnProgress() throws Exception {
		BrowserSession mother = signedIn(true);
		mother.perform(get("/today"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Before you start"), containsString("name=\"painBefore\""))));
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "11"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from 0 to 10")));
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "4")).andExpect(redirectedUrl("/today"));
		// Interrupted (a crying baby): coming back the same day resumes the same session.
		mother.perform(get("/today"))
			.andExpect(content().string(allOf(containsString("Carry on where you left off"),
					containsString("name=\"done\""), containsString("This hurts"), containsString("How to do it"),
					not(containsString("name=\"painBefore\"")))));
		mother.perform(post("/today/finish").with(csrf()).param("painAfter", "3").param("done", "glute-bridge")
			.param("hurt", "cat-cow")).andExpect(redirectedUrl("/today?saved"));
		mother.perform(get("/progress"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 day in a row"), containsString("1 session so far"),
					containsString("<svg"), containsString("<table"), containsString("<td>4</td>"))));
	}

	@Test
	void anExerciseThatHurtIsSwappedForItsEasierVersionNextTimeAndSaysSo() throws Exception {
		BrowserSession mother = signedIn(true);
		long accountId = accountOf(mother);
		PracticeSession yesterday = new PracticeSession(accountId, LocalDate.now().minusDays(1), "phase-2-rebuild", 2, 3,
				Instant.now(), List.of("glute-bridge", "cat-cow"));
		yesterday.finish(3, List.of("glute-bridge"), List.of("glute-bridge"), Instant.now());
		sessions.save(yesterday);
		mother.perform(get("/today"))
			.andExpect(content().string(allOf(containsString("Changed since last time"),
					containsString("Glute bridge hurt last time, so today you do Pelvic tilt instead"))));
	}

	@Test
	void aRedFlagAnsweredAgainStopsTheRoutineAtOnce() throws Exception {
		BrowserSession mother = signedIn(true);
		mother.perform(post("/check").with(csrf()).param("redFlags", "CALF_SWELLING"))
			.andExpect(content().string(containsString("contact your doctor or midwife today")));
		mother.perform(get("/today"))
			.andExpect(content().string(allOf(containsString("No exercise today"), not(containsString("name=\"done\"")),
					not(containsString("name=\"painBefore\"")))));
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "3")).andExpect(redirectedUrl("/today"));
		assertThat(sessions.findByAccountIdAndDay(accountOf(mother), LocalDate.now())).isEmpty();
	}

	@Test
	void aYearOfSessionsCostsAFixedNumberOfStatements() throws Exception {
		BrowserSession mother = signedIn(true);
		long accountId = accountOf(mother);
		LocalDate day = LocalDate.now().minusDays(366);
		for (int i = 0; i < 365; i++) {
			PracticeSession session = new PracticeSession(accountId, day.plusDays(i), "phase-2-rebuild", 2, 5 - i % 3,
					Instant.now(), List.of("glute-bridge", "cat-cow", "walking"));
			session.finish(4 - i % 3, List.of("glute-bridge", "walking"), List.of(), Instant.now());
			sessions.save(session);
		}
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		mother.perform(get("/progress")).andExpect(status().isOk()).andExpect(content().string(containsString("365 sessions")));
		long progress = statistics.getPrepareStatementCount();
		statistics.clear();
		mother.perform(get("/today")).andExpect(status().isOk());
		long today = statistics.getPrepareStatementCount();
		// Fixed costs: session and account lookups, her latest assessment, the history in one
		// query with its exercises joined, today's session, exercise details in batches.
		assertThat(progress).as("/progress statements for a year of sessions").isLessThanOrEqualTo(12);
		assertThat(today).as("/today statements for a year of sessions").isLessThanOrEqualTo(12);
	}

	private BrowserSession signedIn(boolean withAssessment) throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		if (withAssessment) {
			mother.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()));
		}
		mother.registerNewMother("today");
		return mother;
	}

	private long accountOf(BrowserSession mother) throws Exception {
		String page = mother.perform(get("/account")).andReturn().getResponse().getContentAsString();
		String email = page.replaceAll("(?s).*Signed in as ([^<\\s]+).*", "$1");
		return accounts.findByEmail(email).orElseThrow().getId();
	}

}
