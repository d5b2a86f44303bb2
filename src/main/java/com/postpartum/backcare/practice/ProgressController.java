package com.postpartum.backcare.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.postpartum.backcare.assessment.Assessment;
import com.postpartum.backcare.practice.ProgressRules.ReviewCause;
import com.postpartum.backcare.web.AccountHolder;
import com.postpartum.backcare.web.SignedInAccount;

/** Her history: sessions per week against the target, pain before and after, the streak, the notes. */
@Controller
class ProgressController {

	static final String PROGRESS_VIEW = "practice/progress";

	static final int WEEKS_SHOWN = 8;

	private final PracticeService practice;

	private final TodayPlanner planner;

	private final Clock clock;

	ProgressController(PracticeService practice, TodayPlanner planner, Clock clock) {
		this.practice = practice;
		this.planner = planner;
		this.clock = clock;
	}

	@GetMapping("/progress")
	String show(@SignedInAccount AccountHolder signedIn, Model model) {
		long accountId = signedIn.accountId();
		LocalDate today = LocalDate.now(clock);
		List<ProgressRules.SessionFacts> history = practice.history(accountId);
		List<ProgressRules.SessionFacts> completed = history.stream().filter(ProgressRules.SessionFacts::completed).toList();
		Assessment.PersonalRoutine routine = planner.currentRoutine(accountId).orElse(null);
		int phase = routine != null ? routine.phase() : 0;
		Set<ReviewCause> review = ProgressRules.clinicianReview(history);
		model.addAttribute("target", routine != null ? routine.timesPerWeek() : 0);
		model.addAttribute("weeks", ProgressRules.sessionsPerWeek(history, today, WEEKS_SHOWN));
		model.addAttribute("streak", ProgressRules.streak(history, today));
		model.addAttribute("chart", PainChart.of(completed));
		// The next phase waits while a clinician review is advised.
		model.addAttribute("nextPhase", phase > 0 && review.isEmpty() && ProgressRules.offersNextPhase(history, phase));
		model.addAttribute("review", review);
		model.addAttribute("total", completed.size());
		return PROGRESS_VIEW;
	}

}
