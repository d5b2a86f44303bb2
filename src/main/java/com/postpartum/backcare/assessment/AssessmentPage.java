package com.postpartum.backcare.assessment;

import java.util.Map;

import org.springframework.ui.Model;

/** What every answer page needs, for the full intake and the red-flag check alike. */
final class AssessmentPage {

	private AssessmentPage() {
	}

	static String prepare(Model model, Assessment assessment, boolean checkOnly,
			Map<String, String> exerciseNames) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("exerciseNames", exerciseNames);
		model.addAttribute("checkOnly", checkOnly);
		model.addAttribute("crisis", assessment.hasFlag(FlagCode.THOUGHTS_OF_HARM));
		// EMERGENCY and URGENT pages drop the site navigation: one message, what to do now.
		model.addAttribute("focusMode", !assessment.level().allowsRoutine());
		return IntakeController.ANSWER_VIEW;
	}

}
