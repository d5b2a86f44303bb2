package com.postpartum.backcare.routine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import com.postpartum.backcare.catalogue.CatalogueService;
import com.postpartum.backcare.catalogue.ExerciseView;
import com.postpartum.backcare.routine.ProgressRules.SwapReason;

/**
 * Today's session: the routine of her latest assessment, with yesterday's swaps applied,
 * and the session she has started or finished today.
 */
@Service
public class TodayService {

	private final AssessmentService assessments;

	private final CatalogueService catalogue;

	private final PracticeSessionRepository sessions;

	private final Clock clock;

	TodayService(AssessmentService assessments, CatalogueService catalogue, PracticeSessionRepository sessions,
			Clock clock) {
		this.assessments = assessments;
		this.catalogue = catalogue;
		this.sessions = sessions;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Empty when she has no assessment yet. */
	@Transactional(readOnly = true)
	public Optional<TodayPlan> plan(long accountId) {
		Optional<StoredAssessment> latest = assessments.latestFor(accountId);
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		Assessment assessment = latest.get().assessment();
		Optional<PracticeSession> todays = sessions.findByAccountIdAndDay(accountId, today());
		if (assessment.routine() == null) {
			return Optional.of(new TodayPlan(assessment, List.of(), List.of(), todays.orElse(null)));
		}
		List<ProgressRules.Session> lastBeforeToday = sessions
			.findFirstByAccountIdAndCompletedTrueAndDayBeforeOrderByDayDesc(accountId, today())
			.map(s -> List.of(toRules(s)))
			.orElse(List.of());
		Map<String, SwapReason> swaps = ProgressRules.swapsForNextSession(lastBeforeToday);
		Set<String> wanted = new HashSet<>();
		assessment.routine().exercises().forEach(e -> wanted.add(e.slug()));
		Map<String, ExerciseView> views = details(wanted);
		Set<String> regressions = new HashSet<>();
		swaps.keySet().forEach(slug -> {
			ExerciseView view = views.get(slug);
			if (view != null && view.regression() != null) {
				regressions.add(view.regression());
			}
		});
		views.putAll(details(regressions));

		List<TodayPlan.Step> steps = new ArrayList<>();
		List<TodayPlan.Swap> swapped = new ArrayList<>();
		for (Assessment.PlannedExercise planned : assessment.routine().exercises()) {
			SwapReason reason = swaps.get(planned.slug());
			if (reason == null) {
				steps.add(new TodayPlan.Step(views.get(planned.slug()), planned.sets(), planned.reps(),
						planned.holdSeconds(), planned.perSide(), planned.restSeconds()));
				continue;
			}
			ExerciseView original = views.get(planned.slug());
			ExerciseView easier = original.regression() == null ? null : views.get(original.regression());
			boolean alreadyIn = easier != null && steps.stream().anyMatch(s -> s.exercise().slug().equals(easier.slug()));
			swapped.add(new TodayPlan.Swap(original.name(), easier == null || alreadyIn ? null : easier.name(), reason));
			if (easier != null && !alreadyIn) {
				steps.add(new TodayPlan.Step(easier, easier.dosage().sets(), easier.dosage().reps(),
						easier.dosage().holdSeconds(), easier.dosage().perSide(), easier.dosage().restSeconds()));
			}
		}
		return Optional.of(new TodayPlan(assessment, steps, swapped, todays.orElse(null)));
	}

	/** The routine of her latest assessment alone (none when it stopped exercise): cheaper than a full plan. */
	@Transactional(readOnly = true)
	public Optional<Assessment.Plan> currentRoutine(long accountId) {
		return assessments.latestFor(accountId).map(latest -> latest.assessment().routine());
	}

	/**
	 * Starts today's session with her pain before, or returns the one already started; empty
	 * when her latest answer allows no exercise (or she has none).
	 */
	@Transactional
	public Optional<PracticeSession> start(long accountId, int painBefore) {
		Optional<TodayPlan> plan = plan(accountId).filter(TodayPlan::allowsExercise);
		if (plan.isEmpty() || plan.get().isStarted()) {
			return plan.map(TodayPlan::session);
		}
		Assessment.Plan routine = plan.get().assessment().routine();
		return Optional.of(sessions.save(new PracticeSession(accountId, today(), routine.slug(), routine.phase(),
				painBefore, Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
				plan.get().steps().stream().map(step -> step.exercise().slug()).toList())));
	}

	/** Finishes today's session; false when there is none to finish. */
	@Transactional
	public boolean finish(long accountId, int painAfter, List<String> done, List<String> hurt) {
		Optional<PracticeSession> todays = sessions.findByAccountIdAndDay(accountId, today());
		todays.ifPresent(session -> session.finish(painAfter, done, hurt,
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
		return todays.isPresent();
	}

	/** Her completed sessions in day order, with what she did in each (for "download my data"). */
	@Transactional(readOnly = true)
	public List<ProgressRules.Session> history(long accountId) {
		return sessions.findByAccountIdAndCompletedTrueOrderByDayAsc(accountId).stream().map(TodayService::toRules).toList();
	}

	/** Her completed sessions in day order without the exercises: all the progress rules and chart need. */
	@Transactional(readOnly = true)
	public List<ProgressRules.Session> painHistory(long accountId) {
		return sessions.findPainHistory(accountId)
			.stream()
			.map(p -> new ProgressRules.Session(p.day(), p.phase(), p.painBefore(), p.painAfter(), List.of()))
			.toList();
	}

	private static ProgressRules.Session toRules(PracticeSession s) {
		return new ProgressRules.Session(s.getDay(), s.getPhase(), s.getPainBefore(), s.getPainAfter(),
				s.getExercises().stream().map(e -> new ProgressRules.Done(e.exerciseSlug(), e.done(), e.hurt())).toList());
	}

	private Map<String, ExerciseView> details(Set<String> slugs) {
		return slugs.isEmpty() ? new java.util.HashMap<>()
				: catalogue.exercises(slugs).stream().collect(Collectors.toMap(ExerciseView::slug, Function.identity()));
	}

}
