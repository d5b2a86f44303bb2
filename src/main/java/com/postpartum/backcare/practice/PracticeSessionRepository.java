package com.postpartum.backcare.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PracticeSessionRepository extends JpaRepository<PracticeSession, Long> {

	@EntityGraph(attributePaths = "exercises")
	Optional<PracticeSession> findByAccountIdAndDay(long accountId, LocalDate day);

	/** Her session of a day, locked until the transaction ends: two finishes at once run one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from PracticeSession s where s.accountId = :accountId and s.day = :day")
	Optional<PracticeSession> lockByAccountIdAndDay(long accountId, LocalDate day);

	/** The session her browser sent with that id, if one was stored. */
	Optional<PracticeSession> findByAccountIdAndClientId(long accountId, String clientId);

	/**
	 * Every session she started, in day order, without the exercises but with whether any of
	 * them hurt: all the daily and progress rules need, in one statement.
	 */
	@Query("select new com.postpartum.backcare.practice.PracticeSessionRepository$SessionRecord(s.day, s.phase, "
			+ "s.painBefore, s.painAfter, s.completed, s.hurt) from PracticeSession s where s.accountId = :accountId "
			+ "order by s.day")
	List<SessionRecord> findHistory(long accountId);

	/** One session's day, phase, pain and whether anything hurt. */
	record SessionRecord(LocalDate day, int phase, int painBefore, Integer painAfter, boolean completed, boolean hurt) {

		/** As the rules read it, without the exercises. */
		ProgressRules.SessionFacts facts() {
			return new ProgressRules.SessionFacts(day, phase, painBefore, painAfter, completed, hurt, List.of());
		}

	}

	/** The exercises of her completed sessions in a span of days, in day and list order: what decides the swaps. */
	@Query("select new com.postpartum.backcare.practice.PracticeSessionRepository$ExerciseRecord(s.day, e.exerciseSlug, "
			+ "e.done, e.hurt) from PracticeSession s join s.exercises e where s.accountId = :accountId "
			+ "and s.completed = true and s.day >= :from and s.day < :before order by s.day, index(e)")
	List<ExerciseRecord> findCompletedExercises(long accountId, LocalDate from, LocalDate before);

	/** One exercise of a completed session. */
	record ExerciseRecord(LocalDate day, String slug, boolean done, boolean hurt) {
	}

	/** Her history in one query with the exercises joined (no query per session). */
	@EntityGraph(attributePaths = "exercises")
	List<PracticeSession> findByAccountIdOrderByDayAsc(long accountId);

}
