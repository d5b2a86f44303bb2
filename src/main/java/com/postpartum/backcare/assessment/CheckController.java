package com.postpartum.backcare.assessment;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.postpartum.backcare.web.AccountHolder;
import com.postpartum.backcare.web.SignedInAccount;

/** "Something new or worse?": the red-flag questions alone, reachable from every page. */
@Controller
class CheckController {

	static final String CHECK_VIEW = "assessment/check";

	static final String CLEAR_VIEW = "assessment/check-clear";

	private final AssessmentService assessments;

	CheckController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/check")
	String form(Model model) {
		return showForm(model, false);
	}

	@PostMapping("/check")
	String submit(@RequestParam(name = "redFlags", required = false) Set<String> answers,
			@SignedInAccount AccountHolder signedIn, Model model, HttpServletResponse response) {
		Set<FlagCode> redFlags = EnumSet.noneOf(FlagCode.class);
		for (String answer : answers == null ? Set.<String>of() : answers) {
			FlagCode code = EnumNames.find(FlagCode.questions(), answer).orElse(null);
			if (code == null) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return showForm(model, true);
			}
			redFlags.add(code);
		}
		if (redFlags.isEmpty()) {
			return CLEAR_VIEW;
		}
		// Signed in: the new red flag is stored with her last answers, which stops her routine.
		if (signedIn != null) {
			assessments.recheck(signedIn.accountId(), redFlags);
		}
		return AssessmentPage.ofCheck(model, assessments.checkRedFlags(redFlags), assessments.exerciseNames());
	}

	private String showForm(Model model, boolean invalid) {
		model.addAttribute("invalid", invalid);
		model.addAttribute("questions", FlagCode.questions()
			.stream()
			.map(code -> new IntakeController.Question(code, assessments.flagWords(code)))
			.toList());
		return CHECK_VIEW;
	}

}
