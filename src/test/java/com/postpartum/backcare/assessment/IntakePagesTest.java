package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.postpartum.backcare.BrowserSession;

/** The questionnaire and its answer pages, as a browser without JavaScript uses them. */
@SpringBootTest
@AutoConfigureMockMvc
class IntakePagesTest {

	@Autowired
	com.postpartum.backcare.account.AccountRepository accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentRepository assessments;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void theFormAsksTheRedFlagQuestionsFirstInFieldsets() throws Exception {
		String html = mvc.perform(get("/intake"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<fieldset", "<legend", "name=\"_csrf\"", "id=\"rf-SADDLE_NUMBNESS\" value=\"SADDLE_NUMBNESS\"");
		assertThat(html.indexOf("value=\"SADDLE_NUMBNESS\"")).isLessThan(html.indexOf("name=\"weeksSinceBirth\""));
		assertThat(html.indexOf("name=\"weeksSinceBirth\"")).isLessThan(html.indexOf("name=\"painNow\""));
		assertThat(html.indexOf("name=\"painNow\"")).isLessThan(html.indexOf("name=\"leakage\""));
		assertThat(html.split("name=\"redFlags\"", -1)).hasSize(18);
	}

	@Test
	void badAnswersAreExplainedNextToTheFieldKeptAndNothingIsStored() throws Exception {
		long before = assessments.count();
		mvc.perform(post("/intake").with(csrf())
			.param("weeksSinceBirth", "ten")
			.param("painNow", "4")
			.param("painAreas", "LOW_BACK")
			.param("leakage", "SOMETIMES"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("role=\"alert\""),
					containsString("Enter how many weeks ago your baby was born"),
					containsString("Choose how your baby was born"), containsString("Choose one answer about leaking"),
					containsString("value=\"ten\""), containsString("id=\"painNow-4\" value=\"4\" checked=\"checked\""),
					containsString("value=\"LOW_BACK\" checked=\"checked\""), containsString("href=\"#delivery-field\""))));
		assertThat(assessments.count()).isEqualTo(before);
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
		long before = assessments.count();
		mvc.perform(healthy(post("/intake"))).andExpect(status().isForbidden());
		assertThat(assessments.count()).isEqualTo(before);
	}

	@Test
	void aHealthyAnswerIsStoredAndShowsTheLevelFirstThenTheRoutineAndWhatWasLeftOut() throws Exception {
		BrowserSession session = new BrowserSession(mvc);
		String html = submit(session, healthy(post("/intake")).param("abdominalSeparation", "UNSURE"));
		assertThat(html.indexOf("You can start gently")).isPositive().isLessThan(html.indexOf("Your routine: "));
		assertThat(html).contains("Phase 2: Rebuild", "href=\"/exercises/glute-bridge\"", "Why it is here:",
				"Left out for now, and why", "rules version triage-");
		// Why phase 2 is said once for the routine, not again under each of its exercises.
		assertThat(html).containsOnlyOnce("Phase 2 (Rebuild) suits you");
		// Cat-cow's dosage: one set, a one-second pause.
		assertThat(html).contains("<span>1 set</span>", "<span>hold 1 second</span>").doesNotContain("1 seconds");
		// An unsure separation counts as diastasis: nothing with a high abdominal load is left in.
		assertThat(html).doesNotContain("href=\"/exercises/hollow-body-hold\"");
	}

	@Test
	void answersSentAtOnceFromOneBrowserAreAllHersAndAllClaimedWhenSheRegisters() throws Exception {
		BrowserSession visitor = new BrowserSession(mvc);
		visitor.perform(get("/intake"));
		java.util.concurrent.ExecutorService taps = java.util.concurrent.Executors.newFixedThreadPool(8);
		List<String> locations = new java.util.ArrayList<>();
		try {
			List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(taps.submit(() -> visitor.perform(healthy(post("/intake")).with(csrf()))
					.andReturn()
					.getResponse()
					.getRedirectedUrl()));
			}
			for (java.util.concurrent.Future<String> answer : answers) {
				locations.add(answer.get());
			}
		}
		finally {
			taps.shutdown();
		}
		assertThat(locations).hasSize(8).allSatisfy(location -> assertThat(location).startsWith("/assessments/"));
		for (String location : locations) {
			visitor.perform(get(location)).andExpect(status().isOk());
		}
		String email = visitor.registerNewMother("double-tap");
		long accountId = accounts.findByEmail(email).orElseThrow().getId();
		assertThat(assessments.findAll().stream().filter(a -> Long.valueOf(accountId).equals(a.getAccountId())))
			.as("every answer made before registering is hers").hasSize(8);
	}

	@Test
	void toldToWaitPutsHerClinicianFirstAndNeverCallsTheRoutineSafe() throws Exception {
		String html = submit(new BrowserSession(mvc), post("/intake").param("weeksSinceBirth", "10")
			.param("delivery", "VAGINAL")
			.param("clearedForExercise", "NO")
			.param("painNow", "2")
			.param("painTrend", "IMPROVING")
			.param("abdominalSeparation", "NO")
			.param("leakage", "NONE"));
		assertThat(html).contains("A clinician told you to wait before exercising, and their advice comes first",
				"A clinician told you to wait", "href=\"/exercises/connection-breath\"", "href=\"/exercises/walking\"");
		assertThat(html).doesNotContain("chosen to be safe", "href=\"/exercises/pelvic-tilt\"",
				"href=\"/exercises/glute-bridge\"");
	}

	@Test
	void theStoredAssessmentRecordsAnswersOutcomeRulesVersionAndTime() throws Exception {
		BrowserSession session = new BrowserSession(mvc);
		String location = session.perform(healthy(post("/intake")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		AssessmentRecord record = assessments.findById(UUID.fromString(location.substring("/assessments/".length())))
			.orElseThrow();
		assertThat(record.getRulesVersion()).isEqualTo(TriageRules.VERSION);
		assertThat(record.getLevel()).isEqualTo(Level.PROCEED);
		assertThat(record.getAnswers()).contains("\"weeksSinceBirth\":10");
		assertThat(record.getOutcome()).contains("phase-2-rebuild");
		assertThat(record.getCreatedAt()).isNotNull();
		assertThat(record.getAccountId()).as("nobody signed in: nobody's yet").isNull();
	}

	@Test
	void saddleNumbnessShowsACalmEmergencyPageWithNoExerciseAnywhere() throws Exception {
		String html = submit(new BrowserSession(mvc), healthy(post("/intake")).param("redFlags", "SADDLE_NUMBNESS"));
		assertThat(html).contains("Please get help now", "999", "Numbness around your bottom or genitals");
		assertThat(html).doesNotContain("/exercises/", "Your routine: ", "Why it is here", "href=\"/exercises\"");
		assertThat(html.indexOf("Please get help now")).isLessThan(html.indexOf("What we noticed"));
	}

	@Test
	void thoughtsOfHarmShowTheCrisisHelpKindly() throws Exception {
		String html = submit(new BrowserSession(mvc), healthy(post("/intake")).param("redFlags", "THOUGHTS_OF_HARM"));
		assertThat(html).contains("You are not alone", "Samaritans", "988").doesNotContain("/exercises/");
	}

	@Test
	void anUrgentAnswerGivesSameDayAdviceAndNoExercise() throws Exception {
		String html = submit(new BrowserSession(mvc), healthy(post("/intake")).param("redFlags", "CALF_SWELLING"));
		assertThat(html).contains("contact your doctor or midwife today", "Do not exercise today")
			.doesNotContain("/exercises/", "Your routine: ");
	}

	@Test
	void aClinicianReviewAnswerShowsTheFlagAdviceThenTheRoutine() throws Exception {
		String html = submit(new BrowserSession(mvc), healthy(post("/intake")).param("painAreas", "ONE_LEG"));
		assertThat(html).contains("book a check with a clinician", "What we noticed", "Your routine");
		assertThat(html.indexOf("What we noticed")).isLessThan(html.indexOf("Your routine: "));
	}

	/** An outcome stored under triage-1.1: no phaseReason, each exercise's reason said why the phase. */
	static final String STORED_BEFORE_PHASE_REASON = """
			{"level":"PROCEED","flags":[],"routine":{"slug":"phase-2-rebuild","title":"Phase 2: Rebuild","phase":2,\
			"exercises":[{"slug":"cat-cow","name":"Cat-cow","sets":1,"reps":8,"holdSeconds":1,"perSide":false,\
			"restSeconds":30,"reason":"Slowly arching and rounding your back on hands and knees to loosen your spine \
			without any load. Phase 2 (Rebuild) suits you: you are cleared and at least 6 weeks after the birth; the \
			strengthening phase waits because it is less than 12 weeks since the birth."},{"slug":"glute-bridge",\
			"name":"Glute bridge","sets":1,"reps":12,"holdSeconds":3,"perSide":false,"restSeconds":30,"reason":\
			"Lifting your hips from the floor with a squeeze of your bottom, which strengthens the glutes and steadies \
			your trunk. Phase 2 (Rebuild) suits you: you are cleared and at least 6 weeks after the birth; the \
			strengthening phase waits because it is less than 12 weeks since the birth."}],"excluded":[],\
			"timesPerWeek":4,"estimatedMinutes":6}}""";

	@Test
	void anAssessmentStoredBeforeThePhaseReasonShowsWhatItShowedThen() throws Exception {
		BrowserSession session = new BrowserSession(mvc);
		String location = session.perform(healthy(post("/intake")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/assessments/".length()));
		jdbc.update("update assessment set outcome = ?, rules_version = ? where id = ?", STORED_BEFORE_PHASE_REASON,
				"triage-1.1 (docs/clinical-rules.md, 2026-11-23)", id);
		String html = session.perform(get(location))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Phase 2: Rebuild", "rules version triage-1.1", "Slowly arching and rounding",
				"<span>hold 1 second</span>")
			.doesNotContain("class=\"phase-reason\"");
		// Its reasons are shown as they were stored, the phase's sentence in each.
		assertThat(html.split("Phase 2 \\(Rebuild\\) suits you", -1)).hasSize(3);
	}

	@Test
	void anAssessmentIsVisibleOnlyInTheSessionThatMadeIt() throws Exception {
		BrowserSession mine = new BrowserSession(mvc);
		String location = mine.perform(healthy(post("/intake")).with(csrf()))
			.andExpect(redirectedUrlPattern("/assessments/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mine.perform(get(location)).andExpect(status().isOk());
		new BrowserSession(mvc).perform(get(location)).andExpect(status().isNotFound());
		mvc.perform(get(location)).andExpect(status().isNotFound());
		mine.perform(get("/assessments/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mine.perform(get("/assessments/not-a-uuid")).andExpect(status().isNotFound());
	}

	@Test
	void theRedFlagCheckIsLinkedFromEveryPage() throws Exception {
		for (String page : new String[] { "/", "/exercises", "/exercises/glute-bridge", "/learn", "/routines", "/intake" }) {
			mvc.perform(get(page)).andExpect(content().string(containsString("href=\"/check\"")));
		}
	}

	@Test
	void theRedFlagCheckSendsAnyYesToItsPage() throws Exception {
		mvc.perform(get("/check"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"FEVER\""), not(containsString("name=\"painNow\"")))));
		mvc.perform(post("/check").with(csrf()).param("redFlags", "FEVER"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("contact your doctor or midwife today"),
					not(containsString("/exercises/")))));
		mvc.perform(post("/check").with(csrf()).param("redFlags", "FEVER").param("redFlags", "LEG_WEAKNESS"))
			.andExpect(content().string(containsString("Please get help now")));
		mvc.perform(post("/check").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("None of the warning signs")));
		mvc.perform(post("/check").with(csrf()).param("redFlags", "SEVERE_PAIN")).andExpect(status().isBadRequest());
	}

	private String submit(BrowserSession session, MockHttpServletRequestBuilder request) throws Exception {
		String location = session.perform(request.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return session.perform(get(location))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static MockHttpServletRequestBuilder healthy(MockHttpServletRequestBuilder request) {
		return request.param("weeksSinceBirth", "10")
			.param("delivery", "VAGINAL")
			.param("clearedForExercise", "YES")
			.param("painNow", "2")
			.param("painTrend", "IMPROVING")
			.param("abdominalSeparation", "NO")
			.param("leakage", "NONE");
	}

}
