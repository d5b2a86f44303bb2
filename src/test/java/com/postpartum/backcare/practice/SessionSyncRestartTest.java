package com.postpartum.backcare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.postpartum.backcare.BackcareApplication;
import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.account.AccountService;
import com.postpartum.backcare.account.Registration;
import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.assessment.IntakeParser;

import tools.jackson.databind.json.JsonMapper;

/**
 * Her browser may send a session again after the app was restarted (a deploy, a crash): the
 * id is in the database, so the repeat is still answered like the first and stored once.
 */
class SessionSyncRestartTest {

	@Test
	void aSessionSentAgainAfterARestartIsStillStoredOnceAndAnsweredTheSame(@TempDir Path folder) {
		String url = "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db");
		String id = UUID.randomUUID().toString();
		long accountId;
		SessionSync.SessionSent sent;
		SessionSync.Answer first;
		try (ConfigurableApplicationContext app = start(url)) {
			accountId = app.getBean(AccountService.class)
				.register(new Registration("restart@example.com", BrowserSession.PASSWORD, BrowserSession.PASSWORD))
				.account()
				.getId();
			app.getBean(AssessmentService.class)
				.assessAndStore(IntakeParser.parse(JsonMapper.builder().build()
					.readTree("{\"weeksSinceBirth\": 10, \"delivery\": \"VAGINAL\", \"clearedForExercise\": \"YES\", "
							+ "\"painNow\": 3, \"painTrend\": \"IMPROVING\"}"))
					.intake(), accountId);
			List<SessionSync.ExerciseSent> exercises = app.getBean(TodayPlanner.class)
				.nextSession(accountId)
				.orElseThrow()
				.items()
				.stream()
				.map(item -> new SessionSync.ExerciseSent(item.exercise().slug(), true, false))
				.toList();
			sent = new SessionSync.SessionSent(id, LocalDate.now(app.getBean(Clock.class)).minusDays(1), 3, 2, exercises);
			first = app.getBean(SessionSync.class).sync(accountId, sent);
		}
		assertThat(first.outcome()).isEqualTo(SessionSync.Outcome.SAVED);

		try (ConfigurableApplicationContext restarted = start(url)) {
			assertThat(restarted.getBean(SessionSync.class).sync(accountId, sent)).isEqualTo(first);
			assertThat(restarted.getBean(PracticeSessionRepository.class).findHistory(accountId)).hasSize(1);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(BackcareApplication.class).run("--server.port=0", url);
	}

}
