package com.postpartum.backcare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.OnAFixedDay;
import com.postpartum.backcare.account.AccountRepository;
import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.assessment.FlagCode;
import com.postpartum.backcare.assessment.IntakePagesTestSupport;

/**
 * A session finished with no connection is sent by her browser when it is back, perhaps many
 * times and from two tabs at once: it is stored once, every send gets the first answer, the
 * server's view of her day wins, and a body it cannot read is a clear 400 (docs/architecture.md,
 * "Offline"; docs/clinical-rules.md, "Sessions sent later").
 */
@OnAFixedDay
class SessionSyncTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PracticeSessionRepository sessions;

	@Autowired
	PracticeService practice;

	@Autowired
	TodayPlanner planner;

	@Autowired
	AssessmentService assessments;

	@Autowired
	Clock clock;

	BrowserSession mother;

	long accountId;

	LocalDate today;

	List<String> plan;

	@BeforeEach
	void signedInWithARoutine() throws Exception {
		mother = new BrowserSession(mvc);
		mother.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()));
		accountId = accounts.findByEmail(mother.registerNewMother("offline")).orElseThrow().getId();
		today = LocalDate.now(clock);
		plan = planner.nextSession(accountId).orElseThrow().items().stream().map(i -> i.exercise().slug()).toList();
	}

	@Test
	void theSameSessionSentTwiceIsStoredOnceAndAnsweredTheSameAndHerKeptPagesShowIt() throws Exception {
		practice.start(accountId, 2);
		practice.finish(accountId, 1, plan, List.of());
		assertThat(page("/progress")).contains("1 session so far");
		String body = session(UUID.randomUUID().toString(), today.minusDays(1), 3, 2);

		String first = send(mother, body).getContentAsString();
		String second = send(mother, body).getContentAsString();

		assertThat(second).isEqualTo(first);
		assertThat(first).contains("\"outcome\":\"saved\"").contains("Your session done without a connection is saved.");
		assertThat(sessions.findHistory(accountId)).hasSize(2);
		PracticeSession stored = sessions.findByAccountIdAndDay(accountId, today.minusDays(1)).orElseThrow();
		assertThat(stored.isCompleted()).isTrue();
		assertThat(stored.getExercises()).extracting(PracticeExercise::done).first().isEqualTo(true);
		// A past day written behind today's: the kept /progress page (rendered above) is stale and drawn again.
		assertThat(page("/progress")).contains("2 sessions so far");
	}

	@Test
	void eightSendsAtOnceStoreOneSessionAndAllGetTheSameAnswer() throws Exception {
		String body = session(UUID.randomUUID().toString(), today.minusDays(2), 4, 3);
		Cookie cookie = new Cookie("SESSION", mother.sessionId());
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<MockHttpServletResponse>> sends = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				sends.add(() -> mvc.perform(post("/today/sessions").cookie(cookie)
					.with(csrf().asHeader())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body)).andReturn().getResponse());
			}
			List<MockHttpServletResponse> answers = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : threads.invokeAll(sends)) {
				answers.add(answer.get());
			}
			assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(200);
			Set<String> bodies = answers.stream().map(SessionSyncTest::content).collect(Collectors.toSet());
			assertThat(bodies).hasSize(1);
			assertThat(bodies.iterator().next()).contains("\"outcome\":\"saved\"");
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(sessions.findHistory(accountId)).hasSize(1);
	}

	@Test
	void whenHerAnswersNowRuleOutExerciseOnlyHerPainScoresAreKeptAndSheIsToldWhy() throws Exception {
		assessments.recheck(accountId, Set.of(FlagCode.SADDLE_NUMBNESS));
		String body = session(UUID.randomUUID().toString(), today, 3, 4);

		String answer = send(mother, body).getContentAsString();

		assertThat(answer).contains("\"outcome\":\"painOnly\"").contains("only your pain scores were kept");
		assertThat(send(mother, body).getContentAsString()).isEqualTo(answer);
		PracticeSession stored = sessions.findByAccountIdAndDay(accountId, today).orElseThrow();
		assertThat(stored.isCompleted()).isFalse();
		assertThat(stored.getExercises()).isEmpty();
		assertThat(stored.getPainBefore()).isEqualTo(3);
		assertThat(stored.getPainAfter()).isEqualTo(4);
	}

	@Test
	void aDayAlreadyFinishedOnAnotherDeviceStandsAndTheSentSessionIsNotAdded() throws Exception {
		practice.start(accountId, 2);
		practice.finish(accountId, 1, plan, List.of());

		String answer = send(mother, session(UUID.randomUUID().toString(), today, 5, 6)).getContentAsString();

		assertThat(answer).contains("\"outcome\":\"dayTaken\"").contains("perhaps on another device");
		PracticeSession stored = sessions.findByAccountIdAndDay(accountId, today).orElseThrow();
		assertThat(stored.getPainBefore()).isEqualTo(2);
		assertThat(stored.getPainAfter()).isEqualTo(1);
	}

	@Test
	void aSessionStartedOnlineAndFinishedOfflineIsFinishedWithTheServersPainBefore() throws Exception {
		practice.start(accountId, 2);

		String answer = send(mother, session(UUID.randomUUID().toString(), today, 3, 1)).getContentAsString();

		assertThat(answer).contains("\"outcome\":\"saved\"");
		PracticeSession stored = sessions.findByAccountIdAndDay(accountId, today).orElseThrow();
		assertThat(stored.isCompleted()).isTrue();
		assertThat(stored.getPainBefore()).isEqualTo(2);
		assertThat(stored.getPainAfter()).isEqualTo(1);
	}

	@Test
	void painOfEightOrMoreBeforeIsKeptAsADayOfRestWithNoExercise() throws Exception {
		String answer = send(mother, session(UUID.randomUUID().toString(), today, 9, null)).getContentAsString();

		assertThat(answer).contains("\"outcome\":\"restDay\"");
		PracticeSession stored = sessions.findByAccountIdAndDay(accountId, today).orElseThrow();
		assertThat(stored.isCompleted()).isFalse();
		assertThat(stored.getExercises()).isEmpty();
	}

	@Test
	void anotherMothersSessionWithTheSameIdIsHerOwn() throws Exception {
		String id = UUID.randomUUID().toString();
		send(mother, session(id, today, 3, 2));
		BrowserSession other = new BrowserSession(mvc);
		other.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()));
		long otherId = accounts.findByEmail(other.registerNewMother("other")).orElseThrow().getId();

		assertThat(send(other, session(id, today, 7, 7)).getContentAsString()).contains("\"outcome\":\"saved\"");

		assertThat(sessions.findByAccountIdAndDay(accountId, today).orElseThrow().getPainBefore()).isEqualTo(3);
		assertThat(sessions.findByAccountIdAndDay(otherId, today).orElseThrow().getPainBefore()).isEqualTo(7);
	}

	@Test
	void badAndHostileBodiesAreRefusedWithWordsAndStoreNothing() throws Exception {
		String id = UUID.randomUUID().toString();
		String exercises = exercises(plan);
		List<String[]> refused = List.of(
				new String[] { "not json at all", "not a practice session" },
				new String[] { "[]", "not a practice session" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today + "\",\"painBefore\":3,\"painAfter\":2,\"x\":1}",
						"a part the app does not know" },
				new String[] { "{\"day\":\"" + today + "\",\"painBefore\":3,\"painAfter\":2}", "the id" },
				new String[] { "{\"id\":\"'; drop table account; --\",\"day\":\"" + today + "\",\"painBefore\":3,\"painAfter\":2}",
						"the id" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"yesterday\",\"painBefore\":3,\"painAfter\":2}",
						"year-month-day" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today.plusDays(1) + "\",\"painBefore\":3,\"painAfter\":2}",
						"today or one of the last 7 days" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today.minusDays(8) + "\",\"painBefore\":3,\"painAfter\":2}",
						"today or one of the last 7 days" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today + "\",\"painBefore\":\"3\",\"painAfter\":2}",
						"pain before it" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today + "\",\"painBefore\":11,\"painAfter\":2}",
						"pain before it" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today + "\",\"painBefore\":3}", "pain after it" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today + "\",\"painBefore\":3,\"painAfter\":2,"
						+ "\"exercises\":[{\"slug\":\"<script>alert(1)</script>\",\"done\":true,\"hurt\":false}]}",
						"the ones of your routine" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today + "\",\"painBefore\":3,\"painAfter\":2,"
						+ "\"exercises\":[{\"slug\":\"no-such-exercise\",\"done\":true,\"hurt\":false}]}",
						"the ones of your routine" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today + "\",\"painBefore\":3,\"painAfter\":2,"
						+ "\"exercises\":" + exercises.replace("]", "," + exercises.substring(1)) + "}",
						"each once" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today + "\",\"painBefore\":3,\"painAfter\":2,"
						+ "\"exercises\":[" + "{\"slug\":\"a\",\"done\":true,\"hurt\":false},".repeat(31) + "1]}",
						"at most 30" },
				new String[] { "{\"id\":\"" + id + "\",\"day\":\"" + today + "\",\"painBefore\":3,\"painAfter\":2,"
						+ "\"exercises\":[{\"slug\":\"" + plan.get(0) + "\",\"done\":\"yes\",\"hurt\":false}]}",
						"marked done or not" });
		for (String[] bad : refused) {
			MockHttpServletResponse response = mother.perform(post("/today/sessions").with(csrf().asHeader())
				.contentType(MediaType.APPLICATION_JSON)
				.content(bad[0])).andReturn().getResponse();
			assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
			assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(response.getContentAsString()).as(bad[0]).contains(bad[1]);
		}
		// No CSRF token, or nobody signed in: refused before anything is read.
		mother.perform(post("/today/sessions").contentType(MediaType.APPLICATION_JSON).content(session(id, today, 3, 2)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/today/sessions").with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(session(id, today, 3, 2))).andExpect(status().is3xxRedirection());
		assertThat(sessions.findHistory(accountId)).isEmpty();
	}

	@Test
	void herPagesMayBeKeptInHerBrowserOnlyAndSigningOutEmptiesItsCache() throws Exception {
		for (String page : List.of("/today", "/progress", "/account")) {
			assertThat(mother.perform(get(page)).andReturn().getResponse().getHeader("Cache-Control"))
				.isEqualTo("private, no-cache");
		}
		assertThat(mother.perform(get("/today/sessions/token")).andReturn().getResponse().getHeader("Cache-Control"))
			.contains("no-store");
		assertThat(mother.perform(post("/logout").with(csrf())).andReturn().getResponse().getHeader("Clear-Site-Data"))
			.isEqualTo("\"cache\"");
	}

	@Test
	void theTokenForTheSyncComesFreshFromTheServer() throws Exception {
		String answer = mother.perform(get("/today/sessions/token"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = answer.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
		mother.perform(post("/today/sessions").header("X-CSRF-TOKEN", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(session(UUID.randomUUID().toString(), today, 3, 2))).andExpect(status().isOk());
	}

	private String session(String id, LocalDate day, int painBefore, Integer painAfter) {
		return "{\"id\":\"" + id + "\",\"day\":\"" + day + "\",\"painBefore\":" + painBefore + ",\"painAfter\":"
				+ painAfter + ",\"exercises\":" + exercises(plan) + "}";
	}

	/** Every exercise of her plan done, none hurting. */
	private static String exercises(List<String> slugs) {
		return slugs.stream()
			.map(slug -> "{\"slug\":\"" + slug + "\",\"done\":true,\"hurt\":false}")
			.collect(Collectors.joining(",", "[", "]"));
	}

	private static MockHttpServletResponse send(BrowserSession who, String body) throws Exception {
		MockHttpServletResponse response = who.perform(post("/today/sessions").with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response;
	}

	private String page(String path) throws Exception {
		return mother.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String content(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
