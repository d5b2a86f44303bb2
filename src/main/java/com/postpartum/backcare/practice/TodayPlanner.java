package com.postpartum.backcare.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.postpartum.backcare.assessment.Assessment;
import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.assessment.AssessmentService.StoredAssessment;
import com.postpartum.backcare.assessment.FlagCode;
import com.postpartum.backcare.assessment.FlagDocument;
import com.postpartum.backcare.assessment.TriageRules;
import com.postpartum.backcare.catalogue.CatalogueService;
import com.postpartum.backcare.catalogue.ExerciseView;
import com.postpartum.backcare.practice.ProgressRules.ReviewCause;
import com.postpartum.backcare.practice.TodayPlan.Status;

/**
 * Today's plan: her latest answers judged again with today's pain before and the swaps
 * still in force, through the intake's own rules (docs/clinical-rules.md, "Every day"), with
 * the practice session she has started or finished today. Reads her practice sessions from
 * the repository itself, since {@link PracticeService} asks it for the plan a session starts.
 */
@Service
public class TodayPlanner {

	/** How many completed sessions back the swaps are followed. */
	static final int SWAP_MEMORY = 30;

	private final AssessmentService assessments;

	private final CatalogueService catalogue;

	private final PracticeSessionRepository practiceSessions;

	private final Clock clock;

	TodayPlanner(AssessmentService assessments, CatalogueService catalogue, PracticeSessionRepository practiceSessions,
			Clock clock) {
		this.assessments = assessments;
		this.catalogue = catalogue;
		this.practiceSessions = practiceSessions;
		this.clock = clock;
	}

	/** Empty when she has no assessment yet. */
	@Transactional(readOnly = true)
	public Optional<TodayPlan> plan(long accountId) {
		return assessments.latestFor(accountId).map(latest -> {
			Optional<PracticeSession> todays = practiceSessions.findByAccountIdAndDay(accountId, today());
			return plan(accountId, latest, todays.map(PracticeSession::getPainBefore).orElse(null), todays.orElse(null));
		});
	}

	/**
	 * The lighter session a day with pain of 6 or 7 gets, for a day not started yet: kept in the
	 * page so that she can start it with no connection (docs/architecture.md, "Offline").
	 */
	@Transactional(readOnly = true)
	public Optional<TodayPlan> lighterPlan(long accountId) {
		return assessments.latestFor(accountId)
			.map(latest -> plan(accountId, latest, TriageRules.HIGH_PAIN_FROM, null));
	}

	/**
	 * Her next practice session as it stands, without any day's pain: her answers and the
	 * swaps in force. What the printable sheet and the calendar show, even on a day stopped
	 * for pain.
	 */
	@Transactional(readOnly = true)
	public Optional<TodayPlan> nextSession(long accountId) {
		return assessments.latestFor(accountId).map(latest -> plan(accountId, latest, null, null));
	}

	/** The personal routine of her latest assessment alone (none when it stopped exercise): cheaper than a plan. */
	@Transactional(readOnly = true)
	public Optional<Assessment.PersonalRoutine> currentRoutine(long accountId) {
		return assessments.latestFor(accountId).map(latest -> latest.assessment().routine());
	}

	/** The words of a flag (SEVERE_PAIN after a hard session, HIGH_PAIN on a 6 or 7 day). */
	public FlagDocument flagWords(FlagCode code) {
		return assessments.flagWords(code);
	}

	/** The plan a practice session about to start follows, for her pain before. */
	TodayPlan planToStart(long accountId, StoredAssessment latest, int painBefore) {
		return plan(accountId, latest, painBefore, null);
	}

	/** Today's plan for a pain before (null before she gives it). */
	private TodayPlan plan(long accountId, StoredAssessment latest, Integer painBefore, PracticeSession todays) {
		Assessment assessment = latest.assessment();
		List<ProgressRules.SessionFacts> history = practiceSessions.findHistory(accountId)
			.stream()
			.map(PracticeSessionRepository.SessionRecord::facts)
			.toList();
		Set<ReviewCause> review = ProgressRules.clinicianReview(history);
		if (assessment.routine() == null) {
			return blocked(assessment, Status.ASSESSMENT_STOPS_EXERCISE, review, todays);
		}
		ProgressRules.Swaps swaps = ProgressRules.swaps(recentCompleted(accountId, history), assessments::regressionOf);
		Optional<TriageRules.DayPlan> day = assessments.planDay(latest.intake(), painBefore, swaps.active().keySet());
		if (day.isEmpty()) {
			boolean painStops = painBefore != null && painBefore >= TriageRules.SEVERE_PAIN_FROM;
			return blocked(assessment, painStops ? Status.STOPPED_FOR_PAIN : Status.ASSESSMENT_STOPS_EXERCISE, review,
					todays);
		}
		Assessment.PersonalRoutine routine = day.get().plan();
		Set<String> wanted = new HashSet<>();
		routine.exercises().forEach(e -> wanted.add(e.slug()));
		Map<String, ExerciseView> views = details(wanted);
		List<TodayPlan.Item> items = routine.exercises()
			.stream()
			.map(e -> new TodayPlan.Item(views.get(e.slug()), e.sets(), e.reps(), e.holdSeconds(), e.perSide(),
					e.restSeconds()))
			.toList();
		List<TodayPlan.Swap> swapped = day.get()
			.swaps()
			.stream()
			.map(s -> new TodayPlan.Swap(s.name(), swaps.active().get(s.slug()), s.outcome(), s.replacementName(),
					s.refusedBy()))
			.toList();
		List<String> restored = swaps.restored()
			.stream()
			.filter(wanted::contains)
			.map(slug -> views.get(slug).name())
			.toList();
		return new TodayPlan(assessment, Status.EXERCISE, items, swapped, restored, day.get().highPain(), review,
				todays);
	}

	private static TodayPlan blocked(Assessment assessment, Status status, Set<ReviewCause> review,
			PracticeSession todays) {
		return new TodayPlan(assessment, status, List.of(), List.of(), List.of(), false, review, todays);
	}

	/**
	 * Her last {@value #SWAP_MEMORY} completed sessions before today with their exercises:
	 * enough to follow any swap, since one ends after two calm sessions, and bounded however
	 * long she has used the app.
	 */
	private List<ProgressRules.SessionFacts> recentCompleted(long accountId, List<ProgressRules.SessionFacts> history) {
		List<ProgressRules.SessionFacts> before = history.stream()
			.filter(s -> s.completed() && s.day().isBefore(today()))
			.toList();
		if (before.isEmpty()) {
			return List.of();
		}
		List<ProgressRules.SessionFacts> recent = before.subList(Math.max(0, before.size() - SWAP_MEMORY), before.size());
		Map<LocalDate, List<ProgressRules.ExerciseDone>> done = new HashMap<>();
		practiceSessions.findCompletedExercises(accountId, recent.get(0).day(), today())
			.forEach(e -> done.computeIfAbsent(e.day(), d -> new ArrayList<>())
				.add(new ProgressRules.ExerciseDone(e.slug(), e.done(), e.hurt())));
		return recent.stream()
			.map(s -> new ProgressRules.SessionFacts(s.day(), s.phase(), s.painBefore(), s.painAfter(), s.completed(),
					s.hurt(), done.getOrDefault(s.day(), List.of())))
			.toList();
	}

	private Map<String, ExerciseView> details(Set<String> slugs) {
		return slugs.isEmpty() ? new HashMap<>()
				: catalogue.exercises(slugs).stream().collect(Collectors.toMap(ExerciseView::slug, Function.identity()));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
