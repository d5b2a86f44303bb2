package com.postpartum.backcare.routine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PracticeSessionRepository extends JpaRepository<PracticeSession, Long> {

	@EntityGraph(attributePaths = "exercises")
	Optional<PracticeSession> findByAccountIdAndDay(long accountId, LocalDate day);

	/** The session before a day, with its exercises: what decides today's swaps. */
	@EntityGraph(attributePaths = "exercises")
	Optional<PracticeSession> findFirstByAccountIdAndCompletedTrueAndDayBeforeOrderByDayDesc(long accountId,
			LocalDate day);

	/** Her pain over time without the exercises: all the progress page needs, in one small query. */
	@Query("select new com.postpartum.backcare.routine.PracticeSessionRepository$PainRecord(s.day, s.phase, "
			+ "s.painBefore, s.painAfter) from PracticeSession s where s.accountId = :accountId and s.completed = true "
			+ "order by s.day")
	List<PainRecord> findPainHistory(long accountId);

	/** One completed session's day, phase and pain. */
	record PainRecord(LocalDate day, int phase, int painBefore, Integer painAfter) {
	}

	/** Her history in one query with the exercises joined (no query per session). */
	@EntityGraph(attributePaths = "exercises")
	List<PracticeSession> findByAccountIdAndCompletedTrueOrderByDayAsc(long accountId);

}
