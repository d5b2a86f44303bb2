package com.postpartum.backcare.routine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeSessionRepository extends JpaRepository<PracticeSession, Long> {

	@EntityGraph(attributePaths = "exercises")
	Optional<PracticeSession> findByAccountIdAndDay(long accountId, LocalDate day);

	/** Her history in one query with the exercises joined (no query per session). */
	@EntityGraph(attributePaths = "exercises")
	List<PracticeSession> findByAccountIdAndCompletedTrueOrderByDayAsc(long accountId);

}
