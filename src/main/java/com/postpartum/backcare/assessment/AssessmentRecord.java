package com.postpartum.backcare.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored assessment. Its id is random, so addresses cannot be guessed; who may read it
 * is still checked on every request.
 */
@Entity
@Table(name = "assessment")
public class AssessmentRecord {

	@Id
	private UUID id;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "rules_version", nullable = false, length = 80)
	private String rulesVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Level level;

	/** The intake as JSON. */
	@Column(nullable = false, length = 10000)
	private String answers;

	/** The assessment as JSON, exactly as it was shown. */
	@Column(nullable = false, length = 100000)
	private String outcome;

	/** Her account, once she has one; null while the assessment belongs to a browser session. */
	@Column(name = "account_id")
	private Long accountId;

	protected AssessmentRecord() {
	}

	AssessmentRecord(UUID id, Instant createdAt, String rulesVersion, Level level, String answers, String outcome,
			Long accountId) {
		this.accountId = accountId;
		this.id = id;
		this.createdAt = createdAt;
		this.rulesVersion = rulesVersion;
		this.level = level;
		this.answers = answers;
		this.outcome = outcome;
	}

	public UUID getId() {
		return id;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getRulesVersion() {
		return rulesVersion;
	}

	public Level getLevel() {
		return level;
	}

	public String getAnswers() {
		return answers;
	}

	public String getOutcome() {
		return outcome;
	}

	public Long getAccountId() {
		return accountId;
	}

}
