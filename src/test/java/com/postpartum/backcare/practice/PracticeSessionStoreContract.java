package com.postpartum.backcare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import com.postpartum.backcare.account.AccountService;
import com.postpartum.backcare.account.Registration;

/** Her practice sessions on any database: stored with their exercises, one a day, read back in one query. */
abstract class PracticeSessionStoreContract {

	@Autowired
	PracticeSessionRepository practiceSessions;

	@Autowired
	PracticeService practice;

	@Autowired
	AccountService accounts;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aYearOfSessionsIsReadBackInOrderWithTheirExercisesInOneStatement() {
		long accountId = newAccount();
		LocalDate first = LocalDate.of(2025, 11, 1);
		for (int i = 0; i < 365; i++) {
			PracticeSession practiceSession = new PracticeSession(accountId, first.plusDays(i), "phase-2-rebuild", 2, 5,
					Instant.now(), List.of("glute-bridge", "cat-cow", "walking"));
			practiceSession.finish(4, List.of("glute-bridge"), i == 364 ? List.of("cat-cow") : List.of(),
					Instant.now());
			practiceSessions.save(practiceSession);
		}
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		List<ProgressRules.SessionFacts> history = practice.sessionsWithExercises(accountId);
		assertThat(statistics.getPrepareStatementCount()).as("statements for a year of history").isEqualTo(1);
		assertThat(history).hasSize(365);
		assertThat(history.get(0).day()).isEqualTo(first);
		assertThat(history.get(364).exercises()).extracting(ProgressRules.ExerciseDone::slug)
			.containsExactly("glute-bridge", "cat-cow", "walking");
		assertThat(history.get(364).exercises().get(1).hurt()).isTrue();

		statistics.clear();
		List<ProgressRules.SessionFacts> rules = practice.history(accountId);
		assertThat(statistics.getPrepareStatementCount()).as("statements for the rules' history").isEqualTo(1);
		assertThat(rules).hasSize(365);
		assertThat(rules).filteredOn(ProgressRules.SessionFacts::hurt).extracting(ProgressRules.SessionFacts::day)
			.containsExactly(first.plusDays(364));

		statistics.clear();
		List<PracticeSessionRepository.ExerciseRecord> lastTwo = practiceSessions.findCompletedExercises(accountId,
				first.plusDays(363), first.plusDays(365));
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
		assertThat(lastTwo).extracting(PracticeSessionRepository.ExerciseRecord::slug)
			.containsExactly("glute-bridge", "cat-cow", "walking", "glute-bridge", "cat-cow", "walking");
	}

	@Test
	void aDayStoppedForPainIsKeptWithItsPainAndNoExercise() {
		long accountId = newAccount();
		LocalDate day = LocalDate.of(2026, 3, 3);
		practiceSessions
			.saveAndFlush(new PracticeSession(accountId, day, "phase-2-rebuild", 2, 9, Instant.now(), List.of()));
		assertThat(practice.history(accountId)).singleElement().satisfies(practiceSession -> {
			assertThat(practiceSession.completed()).isFalse();
			assertThat(practiceSession.stoppedForPain()).isTrue();
			assertThat(practiceSession.painAfter()).isNull();
			assertThat(practiceSession.hurt()).isFalse();
		});
		assertThat(practice.sessionsWithExercises(accountId)).as("in her downloaded data too").singleElement()
			.extracting(ProgressRules.SessionFacts::painBefore).isEqualTo(9);
	}

	@Test
	void thereIsOneSessionADay() {
		long accountId = newAccount();
		LocalDate day = LocalDate.of(2026, 1, 5);
		practiceSessions.saveAndFlush(
				new PracticeSession(accountId, day, "phase-1-reconnect", 1, 3, Instant.now(), List.of("walking")));
		assertThatThrownBy(() -> practiceSessions.saveAndFlush(
				new PracticeSession(accountId, day, "phase-1-reconnect", 1, 4, Instant.now(), List.of("walking"))))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void deletingHerAccountDeletesHerSessions() {
		long accountId = newAccount();
		practiceSessions.saveAndFlush(new PracticeSession(accountId, LocalDate.of(2026, 2, 2), "phase-1-reconnect", 1,
				3, Instant.now(), List.of("walking")));
		accounts.delete(accountId);
		assertThat(practiceSessions.findByAccountIdAndDay(accountId, LocalDate.of(2026, 2, 2))).isEmpty();
	}

	private long newAccount() {
		return accounts.register(new Registration("sessions-" + UUID.randomUUID() + "@example.com",
				"morning stretch by the window", "morning stretch by the window")).account().getId();
	}

}
