package com.postpartum.backcare.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.postpartum.backcare.assessment.Assessment;
import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.assessment.AssessmentService.StoredAssessment;
import com.postpartum.backcare.assessment.TriageRules;

/**
 * The practice sessions she records: starting today's with her pain before (following
 * {@link TodayPlanner}'s plan), finishing it, and reading them back for her progress and
 * her downloaded data.
 */
@Service
public class PracticeService {

	private final AssessmentService assessments;

	private final TodayPlanner planner;

	private final PracticeSessionRepository practiceSessions;

	private final Clock clock;

	PracticeService(AssessmentService assessments, TodayPlanner planner, PracticeSessionRepository practiceSessions,
			Clock clock) {
		this.assessments = assessments;
		this.planner = planner;
		this.practiceSessions = practiceSessions;
		this.clock = clock;
	}

	/**
	 * Starts today's session with her pain before, or returns the one already started; empty
	 * when her latest answer allows no exercise (or she has none). Pain before of 8 or more
	 * is kept as a day stopped for pain, with no exercise: the page then shows SEVERE_PAIN's
	 * advice for the rest of the day.
	 */
	@Transactional
	public Optional<PracticeSession> start(long accountId, int painBefore) {
		Optional<StoredAssessment> latest = assessments.latestFor(accountId);
		if (latest.isEmpty() || latest.get().assessment().routine() == null) {
			return Optional.empty();
		}
		Optional<PracticeSession> todays = practiceSessions.findByAccountIdAndDay(accountId, today());
		if (todays.isPresent()) {
			return todays;
		}
		TodayPlan plan = planner.planToStart(accountId, latest.get(), painBefore);
		if (!plan.allowsExercise() && !plan.isStoppedForPain()) {
			return Optional.empty();
		}
		Assessment.PersonalRoutine routine = latest.get().assessment().routine();
		return Optional.of(practiceSessions.save(new PracticeSession(accountId, today(), routine.slug(), routine.phase(),
				painBefore, Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
				plan.items().stream().map(item -> item.exercise().slug()).toList())));
	}

	/**
	 * Finishes today's session, once; false when there is none to finish, it is already
	 * finished, or today was stopped for pain.
	 */
	@Transactional
	public boolean finish(long accountId, int painAfter, List<String> done, List<String> hurt) {
		// Locked: a second finish (another tab, a double tap) waits, then finds it finished.
		Optional<PracticeSession> todays = practiceSessions.lockByAccountIdAndDay(accountId, today())
			.filter(practiceSession -> !practiceSession.isCompleted())
			.filter(practiceSession -> practiceSession.getPainBefore() < TriageRules.SEVERE_PAIN_FROM);
		todays.ifPresent(practiceSession -> practiceSession.finish(painAfter, done, hurt,
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
		return todays.isPresent();
	}

	/** Every session she started, days stopped for pain included, with what she did in each (for "download my data"). */
	@Transactional(readOnly = true)
	public List<ProgressRules.SessionFacts> sessionsWithExercises(long accountId) {
		return practiceSessions.findByAccountIdOrderByDayAsc(accountId).stream().map(PracticeService::toRules).toList();
	}

	/** Every session she started, in day order, without the exercises: all the progress rules and chart need. */
	@Transactional(readOnly = true)
	public List<ProgressRules.SessionFacts> history(long accountId) {
		return practiceSessions.findHistory(accountId)
			.stream()
			.map(PracticeSessionRepository.SessionRecord::facts)
			.toList();
	}

	private static ProgressRules.SessionFacts toRules(PracticeSession s) {
		List<ProgressRules.ExerciseDone> exercises = s.getExercises()
			.stream()
			.map(e -> new ProgressRules.ExerciseDone(e.exerciseSlug(), e.done(), e.hurt()))
			.toList();
		return new ProgressRules.SessionFacts(s.getDay(), s.getPhase(), s.getPainBefore(), s.getPainAfter(), s.isCompleted(),
				exercises.stream().anyMatch(ProgressRules.ExerciseDone::hurt), exercises);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
