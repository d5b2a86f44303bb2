package com.postpartum.backcare.assessment;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import com.postpartum.backcare.assessment.AssessmentService.StoredAssessment;
import com.postpartum.backcare.web.AccountHolder;
import com.postpartum.backcare.web.SignedInAccount;

/** The questionnaire and its assessment page. Works without JavaScript; answers are kept on errors. */
@Controller
class IntakeController {

	static final String FORM_VIEW = "assessment/intake";

	static final String ANSWER_VIEW = "assessment/assessment";

	private final AssessmentService assessments;

	IntakeController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/intake")
	String form(Model model) {
		return showForm(model, IntakeForm.empty());
	}

	@PostMapping("/intake")
	String submit(@SignedInAccount AccountHolder signedIn, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		IntakeParser.Result result = IntakeParser.parseForm(request.getParameterMap());
		if (!result.isValid()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showForm(model, IntakeForm.withProblems(request.getParameterMap(), result.problems()));
		}
		StoredAssessment stored = assessments.assessAndStore(result.intake(), AccountHolder.idOf(signedIn));
		AssessmentOwnership.remember(request, stored.id(), stored.createdAt());
		return "redirect:/assessments/" + stored.id();
	}

	/** Someone else's assessment, or one that does not exist, is the same 404. */
	@GetMapping("/assessments/{id}")
	String show(@PathVariable String id, @SignedInAccount AccountHolder signedIn, HttpServletRequest request,
			Model model) {
		StoredAssessment stored = parse(id).flatMap(assessments::find)
			.filter(found -> AssessmentOwnership.owns(request, found.id(), found.accountId(),
					AccountHolder.idOf(signedIn)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return AssessmentPage.ofIntake(model, stored, assessments.exerciseNames());
	}

	private String showForm(Model model, IntakeForm form) {
		model.addAttribute("form", form);
		model.addAttribute("questions", FlagCode.questions()
			.stream()
			.map(code -> new Question(code, assessments.flagWords(code)))
			.toList());
		return FORM_VIEW;
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A red-flag question with its words. */
	record Question(FlagCode code, FlagDocument words) {
	}

}
