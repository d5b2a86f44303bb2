package com.postpartum.backcare.practice;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.postpartum.backcare.assessment.FlagCode;
import com.postpartum.backcare.web.AccountHolder;
import com.postpartum.backcare.web.Languages;
import com.postpartum.backcare.web.SignedInAccount;
import com.postpartum.backcare.web.WholeNumber;

/**
 * Her daily session. Without JavaScript the page lists the whole session with a plain
 * completion form; pain is checked in before and after, and pain before of 8 or more stops
 * the day (docs/clinical-rules.md, "Every day").
 */
@Controller
class TodayController {

	static final String TODAY_VIEW = "practice/today";

	static final String OFFLINE_SESSIONS_VIEW = "practice/offline-sessions";

	static final String OFFLINE_SESSIONS_URL = "/today/offline";

	private final TodayPlanner planner;

	private final PracticeService practice;

	private final int playerSpeed;

	/**
	 * @param playerSpeed how many times faster than real time the session player counts: 1
	 * for her, more only in the browser tests (docs/architecture.md, "The session player")
	 */
	TodayController(TodayPlanner planner, PracticeService practice,
			@Value("${backcare.player.speed:1}") int playerSpeed) {
		if (playerSpeed < 1) {
			throw new IllegalArgumentException("backcare.player.speed must be 1 or more, not " + playerSpeed);
		}
		this.planner = planner;
		this.practice = practice;
		this.playerSpeed = playerSpeed;
	}

	@GetMapping("/today")
	String show(@SignedInAccount AccountHolder signedIn, Model model) {
		return render(signedIn.accountId(), model, null);
	}

	@PostMapping("/today/start")
	String start(@RequestParam(required = false) String painBefore, @SignedInAccount AccountHolder signedIn,
			Model model, HttpServletResponse response) {
		Integer pain = pain(painBefore);
		long accountId = signedIn.accountId();
		if (pain == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(accountId, model, "today.error.painBefore");
		}
		// Nothing starts when her latest answer stopped exercise; the page then says why.
		try {
			practice.start(accountId, pain);
		}
		catch (DataIntegrityViolationException otherTabStartedFirst) {
			// One session a day: a second tab's start lost the race; the first one's session stands.
		}
		return "redirect:/today";
	}

	@PostMapping("/today/finish")
	String finish(@RequestParam(required = false) String painAfter,
			@RequestParam(name = "done", required = false) List<String> done,
			@RequestParam(name = "hurt", required = false) List<String> hurt, @SignedInAccount AccountHolder signedIn,
			Model model, HttpServletResponse response) {
		Integer pain = pain(painAfter);
		if (pain == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(signedIn.accountId(), model, "today.error.painAfter");
		}
		boolean saved = practice.finish(signedIn.accountId(), pain, done == null ? List.of() : done,
				hurt == null ? List.of() : hurt);
		// Nothing to save (not started, already saved, or a day stopped for pain): the page says where she is.
		return saved ? "redirect:/today?saved" : "redirect:/today";
	}

	/**
	 * The day's sessions for a start with no connection (the usual one, the lighter one for pain
	 * 6 or 7, and the advice for 8 or more), fetched by the page's script and kept by the
	 * service worker. Apart from /today, so that every view of /today stays light; its address
	 * carries the plan's fingerprint, so a changed plan is fetched again (docs/architecture.md,
	 * "Offline").
	 */
	@GetMapping(OFFLINE_SESSIONS_URL)
	String offlineSessions(@SignedInAccount AccountHolder signedIn, Model model) {
		TodayPlan plan = planner.plan(signedIn.accountId()).orElse(null);
		boolean startable = plan != null && plan.allowsExercise() && !plan.isStarted();
		model.addAttribute("plan", startable ? plan : null);
		model.addAttribute("lighterPlan", startable ? planner.lighterPlan(signedIn.accountId()).orElse(null) : null);
		model.addAttribute("severePain", planner.flagWords(FlagCode.SEVERE_PAIN));
		model.addAttribute("highPain", planner.flagWords(FlagCode.HIGH_PAIN));
		model.addAttribute("playerSpeed", playerSpeed);
		return OFFLINE_SESSIONS_VIEW;
	}

	private String render(long accountId, Model model, String error) {
		TodayPlan plan = planner.plan(accountId).orElse(null);
		model.addAttribute("plan", plan);
		model.addAttribute("offlineSessions", plan != null && plan.allowsExercise() && !plan.isStarted()
				? OFFLINE_SESSIONS_URL + "?plan=" + fingerprint(plan) : null);
		model.addAttribute("severePain", planner.flagWords(FlagCode.SEVERE_PAIN));
		model.addAttribute("highPain", planner.flagWords(FlagCode.HIGH_PAIN));
		model.addAttribute("error", error);
		model.addAttribute("playerSpeed", playerSpeed);
		return TODAY_VIEW;
	}

	/**
	 * What the day's sessions depend on: her routine, and the exercises with their dosage (swaps
	 * included); the lighter session follows from the same; and the language, so a switch of
	 * language fetches the sessions in it. A new release empties the worker's caches anyway, so
	 * the exercises' words need no place here.
	 */
	static String fingerprint(TodayPlan plan) {
		StringBuilder facts = new StringBuilder(Languages.current().getLanguage())
			.append(plan.assessment().routine().slug())
			.append(plan.assessment().routine().phase());
		plan.items()
			.forEach(item -> facts.append('|')
				.append(item.exercise().slug())
				.append(':')
				.append(item.sets())
				.append(':')
				.append(item.reps())
				.append(':')
				.append(item.holdSeconds()));
		return Integer.toHexString(facts.toString().hashCode());
	}

	private static Integer pain(String value) {
		return WholeNumber.parse(value, 0, 10).orElse(null);
	}

}
