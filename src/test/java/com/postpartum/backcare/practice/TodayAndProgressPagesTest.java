package com.postpartum.backcare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.OnAFixedDay;
import com.postpartum.backcare.account.AccountRepository;
import com.postpartum.backcare.assessment.IntakePagesTestSupport;

/** The daily page and the progress page, signed in, as a browser without JavaScript uses them. */
@OnAFixedDay
class TodayAndProgressPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PracticeSessionRepository sessions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/** The app's own clock, on a fixed day: "today" is the app's day (UTC), never the JVM zone's. */
	@Autowired
	Clock clock;

	private LocalDate today() {
		return LocalDate.now(clock);
	}

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
	void theHandsFreePlayerGetsEachExercisesTempoAndCountsInRealTimeWhateverTheRequestSays() throws Exception {
		BrowserSession mother = signedIn(true);
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "3")).andExpect(redirectedUrl("/today"));
		// Only the property backcare.player.speed (tests) changes the pace: never a parameter.
		mother.perform(get("/today").param("speed", "20").param("backcare.player.speed", "20"))
			.andExpect(content().string(allOf(containsString("data-speed=\"1\""), not(containsString("data-speed=\"20\"")),
					// Glute bridge: move 2 s, hold 3 s, return 2 s, both sides at once.
					containsString("data-hold=\"3\" data-sets=\"1\" data-reps=\"12\" data-rest=\"30\" "
							+ "data-per-side=\"false\" data-move=\"2\" data-return=\"2\" data-breath=\"false\""),
					// Clamshell: one side, then the other.
					containsString("data-reps=\"10\" data-rest=\"30\" data-per-side=\"true\""),
					// The connection breath follows a breath: in for 4 s, out for 6 s.
					containsString("data-move=\"4\" data-return=\"6\" data-breath=\"true\""),
					containsString("data-count=\"{0} of {1}\""), containsString("/assets/js/today"))));
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
		LocalDate yesterday = today().minusDays(1);
		PracticeSession session = new PracticeSession(accountId, yesterday, "phase-2-rebuild", 2, 3,
				PracticeSessionTestSupport.morningOf(yesterday), List.of("glute-bridge", "cat-cow"));
		session.finish(3, List.of("glute-bridge"), List.of("glute-bridge"), PracticeSessionTestSupport.finishedOn(yesterday));
		sessions.save(session);
		mother.perform(get("/today"))
			.andExpect(content().string(allOf(containsString("Changed since last time"),
					containsString("Glute bridge hurt last time."),
					containsString("You do its easier version, Pelvic tilt, instead, until you have had two calm sessions"))));
	}

	@Test
	void aSwapLastsUntilTwoCalmSessionsWithTheEasierVersionThenTheOriginalComesBack() throws Exception {
		BrowserSession mother = signedIn(true);
		long accountId = accountOf(mother);
		LocalDate today = today();
		save(accountId, today.minusDays(3), 3, 3, List.of("glute-bridge"), List.of("glute-bridge"));
		save(accountId, today.minusDays(2), 3, 3, List.of("pelvic-tilt"), List.of());
		mother.perform(get("/today")).andExpect(content().string(allOf(containsString("Glute bridge hurt last time."),
				not(containsString("Glute bridge is back")))));
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "3"));
		mother.perform(get("/today")).andExpect(content().string(allOf(containsString("href=\"/exercises/pelvic-tilt\""),
				not(containsString("href=\"/exercises/glute-bridge\"")),
				// Each item carries its figure, for the player to show.
				matchesPattern("(?s).*<li[^>]*class=\"today-item\".*?<figure class=\"exercise-figure\">.*"),
				containsString("<title id=\"today-"))));
		sessions.deleteAll(sessions.findAll().stream().filter(s -> s.getAccountId() == accountId && s.getDay().equals(today)).toList());
		save(accountId, today.minusDays(1), 4, 4, List.of("pelvic-tilt"), List.of());
		mother.perform(get("/today")).andExpect(content().string(allOf(
				containsString("Glute bridge is back: you had two calm sessions in a row with its easier version."),
				not(containsString("Glute bridge hurt last time.")))));
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "3"));
		mother.perform(get("/today")).andExpect(content().string(containsString("href=\"/exercises/glute-bridge\"")));
	}

	@ParameterizedTest(name = "pain before {0}")
	@ValueSource(ints = { 8, 9, 10 })
	void painBeforeOfEightOrMoreStopsTheDayWithSeverePainsAdvice(int pain) throws Exception {
		BrowserSession mother = signedIn(true);
		long accountId = accountOf(mother);
		save(accountId, today().minusDays(1), 3, 3, List.of("glute-bridge"), List.of());
		mother.perform(post("/today/start").with(csrf()).param("painBefore", String.valueOf(pain)))
			.andExpect(redirectedUrl("/today"));
		String page = mother.perform(get("/today"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("No session today", "You rated your pain " + pain + " out of 10", "Very strong pain",
				"contact your doctor, midwife or an urgent care service today", "href=\"/check\"",
				"does not count as a missed session");
		assertThat(page).doesNotContain("name=\"done\"", "name=\"painBefore\"", "How to do it",
				"/assets/js/today.js", "class=\"today-item\"");
		// The day stays stopped: the session can be neither restarted nor finished.
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "2")).andExpect(redirectedUrl("/today"));
		mother.perform(post("/today/finish").with(csrf()).param("painAfter", "2").param("done", "glute-bridge"))
			.andExpect(redirectedUrl("/today"));
		PracticeSession stopped = sessions.findByAccountIdAndDay(accountId, today()).orElseThrow();
		assertThat(stopped.isCompleted()).isFalse();
		assertThat(stopped.getPainBefore()).isEqualTo(pain);
		assertThat(stopped.getExercises()).isEmpty();
		// Not a missed day: yesterday's run goes on, and the week shows a rest day.
		mother.perform(get("/progress"))
			.andExpect(content().string(allOf(containsString("1 day in a row"), containsString("1 session so far"),
					containsString("they are not missed sessions"))));
	}

	@Test
	void painBeforeOfSevenRunsALighterSessionAndSaysSo() throws Exception {
		BrowserSession mother = signedIn(true);
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "7")).andExpect(redirectedUrl("/today"));
		mother.perform(get("/today"))
			.andExpect(content().string(allOf(containsString("You rated your pain 7 out of 10, so today&#39;s session is lighter"),
					containsString("name=\"done\""), not(containsString("No session today")))));
		BrowserSession calm = signedIn(true);
		calm.perform(post("/today/start").with(csrf()).param("painBefore", "5"));
		calm.perform(get("/today")).andExpect(content().string(allOf(not(containsString("session is lighter")),
				containsString("name=\"done\""))));
	}

	@Test
	void theUnstartedDayKeepsTheLighterSessionForAStartWithNoConnection() throws Exception {
		BrowserSession mother = signedIn(true);
		String today = mother.page("/today");
		assertThat(today).as("no session to finish before the day starts, and none kept in the page itself")
			.doesNotContain("today-session")
			.doesNotContain("<template");
		String address = today.replaceAll("(?s).*data-offline-sessions=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
		assertThat(address).startsWith("/today/offline?plan=");
		String page = mother.page(address);
		String usual = between(page, "<template id=\"offline-session\">", "</template>");
		String lighter = between(page, "<template id=\"offline-session-lighter\">", "</template>");
		assertThat(lighter).contains("today is the lighter session");
		BrowserSession online = signedIn(true);
		online.perform(post("/today/start").with(csrf()).param("painBefore", "6")).andExpect(redirectedUrl("/today"));
		String startedOnline = between(online.page("/today"), "<form class=\"today-session\"", "</form>");
		assertThat(online.page("/today")).as("a started day has nothing to start offline").doesNotContain("data-offline-sessions");
		assertThat(sets(lighter)).as("offline, the same lighter session as a start online with pain 6")
			.isEqualTo(sets(startedOnline))
			.isNotEqualTo(sets(usual));
	}

	/** Each exercise's sets, in order: what makes a session lighter. */
	private static List<String> sets(String html) {
		return java.util.regex.Pattern.compile("data-sets=\"(\\d+)\"").matcher(html).results().map(m -> m.group(1)).toList();
	}

	private static String between(String html, String from, String to) {
		int start = html.indexOf(from);
		assertThat(start).as("the page holds " + from).isNotNegative();
		return html.substring(start, html.indexOf(to, start));
	}

	@Test
	void painAfterOfEightOrMoreShowsSeverePainsAdviceBeforeAnythingElse() throws Exception {
		BrowserSession mother = signedIn(true);
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "4"));
		mother.perform(post("/today/finish").with(csrf()).param("painAfter", "8").param("done", "glute-bridge"))
			.andExpect(redirectedUrl("/today?saved"));
		String page = mother.perform(get("/today?saved")).andReturn().getResponse().getContentAsString();
		String main = page.substring(page.indexOf("<main"));
		assertThat(main).contains("Very strong pain", "Your pain after the session was 8 or more", "href=\"/check\"");
		assertThat(main.indexOf("Very strong pain")).as("advice before the thanks")
			.isLessThan(main.indexOf("session is saved"));
		BrowserSession seven = signedIn(true);
		seven.perform(post("/today/start").with(csrf()).param("painBefore", "4"));
		seven.perform(post("/today/finish").with(csrf()).param("painAfter", "7"));
		seven.perform(get("/today?saved")).andExpect(content().string(not(containsString("Your pain after the session was 8"))));
	}

	@Test
	void thisHurtsOnThreeSessionsWithinTwoWeeksAdvisesAClinicianOnBothPagesEvenAfterStopping() throws Exception {
		BrowserSession mother = signedIn(true);
		long accountId = accountOf(mother);
		LocalDate lastSession = today().minusDays(20);
		for (int i = 2; i >= 0; i--) {
			save(accountId, lastSession.minusDays(i * 3L), 3, 3, List.of("cat-cow"), List.of("cat-cow"));
		}
		mother.perform(get("/today"))
			.andExpect(content().string(allOf(containsString("Please book a check with a clinician"),
					containsString("An exercise hurt in 3 or more sessions within two weeks"))));
		mother.perform(get("/progress"))
			.andExpect(content().string(containsString("An exercise hurt in 3 or more sessions within two weeks")));
	}

	@Test
	void tabsStartingTheDayAtOnceNeverGiveAnErrorAndKeepOneSession() throws Exception {
		BrowserSession mother = signedIn(true);
		java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String pain = String.valueOf(i % 2 == 0 ? 9 : 3);
				answers.add(tabs.submit(() -> mother.perform(post("/today/start").with(csrf()).param("painBefore", pain))
					.andReturn()
					.getResponse()
					.getStatus()));
			}
			for (java.util.concurrent.Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
		}
		finally {
			tabs.shutdown();
		}
		long accountId = accountOf(mother);
		assertThat(sessions.findAll().stream().filter(s -> s.getAccountId() == accountId
				&& s.getDay().equals(today()))).hasSize(1);
	}

	@Test
	void aSessionIsFinishedOnceAndNothingSaysSavedWithoutASave() throws Exception {
		BrowserSession mother = signedIn(true);
		long accountId = accountOf(mother);
		mother.perform(post("/today/finish").with(csrf()).param("painAfter", "3")).andExpect(redirectedUrl("/today"));
		assertThat(sessions.findByAccountIdAndDay(accountId, today())).as("nothing started, nothing stored").isEmpty();
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "4"));
		mother.perform(post("/today/finish").with(csrf()).param("painAfter", "3").param("done", "glute-bridge"))
			.andExpect(redirectedUrl("/today?saved"));
		mother.perform(post("/today/finish").with(csrf()).param("painAfter", "9").param("hurt", "glute-bridge"))
			.andExpect(redirectedUrl("/today"));
		PracticeSession saved = sessions.findByAccountIdAndDay(accountId, today()).orElseThrow();
		assertThat(saved.getPainAfter()).as("the first save stands").isEqualTo(3);
		assertThat(saved.getExercises()).noneMatch(PracticeExercise::hurt);
	}

	@Test
	void finishesSentAtOnceSaveOnce() throws Exception {
		BrowserSession mother = signedIn(true);
		long accountId = accountOf(mother);
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "4"));
		java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(8);
		List<String> answers = new java.util.ArrayList<>();
		try {
			List<java.util.concurrent.Future<String>> sent = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String pain = String.valueOf(i + 1);
				sent.add(tabs.submit(() -> mother.perform(post("/today/finish").with(csrf()).param("painAfter", pain))
					.andReturn()
					.getResponse()
					.getRedirectedUrl() + " " + pain));
			}
			for (java.util.concurrent.Future<String> answer : sent) {
				answers.add(answer.get());
			}
		}
		finally {
			tabs.shutdown();
		}
		List<String> saved = answers.stream().filter(a -> a.startsWith("/today?saved ")).toList();
		assertThat(saved).as("exactly one save: " + answers).hasSize(1);
		int winner = Integer.parseInt(saved.get(0).substring("/today?saved ".length()));
		assertThat(sessions.findByAccountIdAndDay(accountId, today()).orElseThrow().getPainAfter())
			.isEqualTo(winner);
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
		assertThat(sessions.findByAccountIdAndDay(accountOf(mother), today())).isEmpty();
	}

	@Test
	void aYearOfSessionsCostsAFixedNumberOfStatements() throws Exception {
		BrowserSession mother = signedIn(true);
		long accountId = accountOf(mother);
		LocalDate day = today().minusDays(366);
		for (int i = 0; i < 365; i++) {
			PracticeSession session = new PracticeSession(accountId, day.plusDays(i), "phase-2-rebuild", 2, 5 - i % 3,
					PracticeSessionTestSupport.morningOf(day.plusDays(i)), List.of("glute-bridge", "cat-cow", "walking"));
			session.finish(4 - i % 3, List.of("glute-bridge", "walking"), List.of(),
					PracticeSessionTestSupport.finishedOn(day.plusDays(i)));
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

	/** A finished session of hers on that day, with what she did and what hurt. */
	private void save(long accountId, LocalDate day, int painBefore, int painAfter, List<String> done, List<String> hurt) {
		PracticeSession session = new PracticeSession(accountId, day, "phase-2-rebuild", 2, painBefore,
				PracticeSessionTestSupport.morningOf(day), done);
		session.finish(painAfter, done, hurt, PracticeSessionTestSupport.finishedOn(day));
		sessions.save(session);
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
