package com.postpartum.backcare.assessment;

import java.util.Map;

import org.springframework.ui.Model;

import com.postpartum.backcare.assessment.AssessmentService.StoredAssessment;

/** What every assessment page needs, for the full intake and the red-flag check alike. */
final class AssessmentPage {

	private AssessmentPage() {
	}

	/** A stored assessment of her full intake, with when and under which rules it was made. */
	static String ofIntake(Model model, StoredAssessment stored, Map<String, String> exerciseNames) {
		model.addAttribute("stored", stored);
		return prepare(model, stored.assessment(), exerciseNames);
	}

	/** The red-flag check's assessment, which is not stored (a signed-in mother's recheck is, apart). */
	static String ofCheck(Model model, Assessment assessment, Map<String, String> exerciseNames) {
		return prepare(model, assessment, exerciseNames);
	}

	private static String prepare(Model model, Assessment assessment, Map<String, String> exerciseNames) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("exerciseNames", exerciseNames);
		model.addAttribute("crisis", assessment.hasFlag(FlagCode.THOUGHTS_OF_HARM));
		// EMERGENCY and URGENT pages drop the site navigation: one message, what to do now.
		model.addAttribute("focusMode", !assessment.level().allowsRoutine());
		return IntakeController.ANSWER_VIEW;
	}

}
