package com.postpartum.backcare.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One day's practice: pain before and after, and each exercise done or found to hurt. */
@Entity
@Table(name = "practice_session")
public class PracticeSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	// "day" is a reserved word in H2.
	@Column(name = "session_day", nullable = false)
	private LocalDate day;

	@Column(name = "routine_slug", nullable = false, length = 80)
	private String routineSlug;

	@Column(nullable = false)
	private int phase;

	@Column(name = "pain_before", nullable = false)
	private int painBefore;

	@Column(name = "pain_after")
	private Integer painAfter;

	@Column(nullable = false)
	private boolean completed;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "completed_at")
	private Instant completedAt;

	/** Whether any of its exercises hurt: the exercises' own flags, summed up when she finishes. */
	@Column(nullable = false)
	private boolean hurt;

	/** The id her browser gave a session it sent later (docs/architecture.md, "Offline"); null otherwise. */
	@Column(name = "client_id", length = 36)
	private String clientId;

	@Column(name = "synced_at")
	private Instant syncedAt;

	@Column(name = "sync_outcome", length = 20)
	private String syncOutcome;

	@ElementCollection
	@CollectionTable(name = "practice_exercise", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	private List<PracticeExercise> exercises = new ArrayList<>();

	protected PracticeSession() {
	}

	PracticeSession(long accountId, LocalDate day, String routineSlug, int phase, int painBefore, Instant startedAt,
			List<String> exerciseSlugs) {
		this.accountId = accountId;
		this.day = day;
		this.routineSlug = routineSlug;
		this.phase = phase;
		this.painBefore = painBefore;
		this.startedAt = startedAt;
		exerciseSlugs.forEach(slug -> exercises.add(new PracticeExercise(slug, false, false)));
	}

	/** Records what she did; a session can be finished once. */
	void finish(int painAfter, List<String> done, List<String> hurt, Instant at) {
		this.painAfter = painAfter;
		this.completed = true;
		this.completedAt = at;
		exercises.replaceAll(e -> new PracticeExercise(e.exerciseSlug(), done.contains(e.exerciseSlug()),
				hurt.contains(e.exerciseSlug())));
		this.hurt = exercises.stream().anyMatch(PracticeExercise::hurt);
	}

	/**
	 * Marks the session as the one her browser sent with that id, when it was stored and what
	 * she was told, so a repeat finds it and is answered the same.
	 */
	void syncedAs(String clientId, String outcome, Instant at) {
		this.clientId = clientId;
		this.syncOutcome = outcome;
		this.syncedAt = at;
	}

	/**
	 * Keeps the pain she gave after a session that is no longer recorded as one (her answers
	 * now rule out exercise): not completed, no exercise done.
	 */
	void keepPainAfterOnly(int painAfter, Instant at) {
		this.painAfter = painAfter;
		this.completedAt = at;
		exercises.clear();
	}

	String getClientId() {
		return clientId;
	}

	String getSyncOutcome() {
		return syncOutcome;
	}

	public Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public LocalDate getDay() {
		return day;
	}

	public int getPhase() {
		return phase;
	}

	public int getPainBefore() {
		return painBefore;
	}

	public Integer getPainAfter() {
		return painAfter;
	}

	public boolean isCompleted() {
		return completed;
	}

	public List<PracticeExercise> getExercises() {
		return exercises;
	}

}
