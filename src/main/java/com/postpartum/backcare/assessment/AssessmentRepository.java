package com.postpartum.backcare.assessment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface AssessmentRepository extends JpaRepository<AssessmentRecord, UUID> {

	/** Her assessments, newest first, without their (large) answers and outcomes. */
	@Query("select new com.postpartum.backcare.assessment.AssessmentRepository$Summary(a.id, a.createdAt, a.level) "
			+ "from AssessmentRecord a where a.accountId = :accountId order by a.createdAt desc")
	List<Summary> findSummariesByAccountId(long accountId);

	List<AssessmentRecord> findByAccountIdOrderByCreatedAtAsc(long accountId);

	java.util.Optional<AssessmentRecord> findFirstByAccountIdOrderByCreatedAtDesc(long accountId);

	/** Gives a new account the assessments made in its browser session before it existed. */
	@Transactional
	@Modifying
	@Query("update AssessmentRecord a set a.accountId = :accountId where a.id in :ids and a.accountId is null")
	int claim(Collection<UUID> ids, long accountId);

	/** One line of her list of assessments. */
	record Summary(UUID id, java.time.Instant createdAt, Level level) {
	}

}
