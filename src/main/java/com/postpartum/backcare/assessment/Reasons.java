package com.postpartum.backcare.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.postpartum.backcare.assessment.Intake.Clearance;
import com.postpartum.backcare.assessment.TriageRules.Wording;

/**
 * The rules' explanations: why this phase (said once, for the personal routine), why each exercise
 * (about that exercise alone, so a phone page does not repeat the phase's sentence). They travel in the API answer
 * and are stored with the assessment, so they are sentences rather than message keys; their
 * words are in messages.properties (assessment.reason.*, assessment.excluded.why.*).
 */
final class Reasons {

	/** Why a filter (or a swap) rules an exercise out, as the end of a sentence; pages use the same words. */
	static final String EXCLUDED_WHY = "assessment.excluded.why.";

	private final Wording wording;

	Reasons(Wording wording) {
		this.wording = wording;
	}

	String alwaysSafe() {
		return wording.text("assessment.reason.alwaysSafe");
	}

	String halved(String reason) {
		return reason + " " + wording.text("assessment.reason.halved");
	}

	String phase(int phase, Intake intake, Set<FlagCode> codes) {
		return switch (phase) {
			case 1 -> wording.text("assessment.reason.phase.1", join(phaseOneCauses(intake)));
			case 3 -> wording.text("assessment.reason.phase.3");
			default -> {
				List<String> notYet = phaseThreeWaits(intake, codes);
				yield notYet.isEmpty() ? wording.text("assessment.reason.phase.2")
						: wording.text("assessment.reason.phase.2.waits", join(notYet));
			}
		};
	}

	/** Why an exercise is in her routine; with TOLD_TO_WAIT, that her clinician's word comes first. */
	String chosen(String what, boolean toldToWait) {
		return toldToWait ? what + " " + wording.text("assessment.reason.clinicianFirst") : what;
	}

	String swappedIn(String originalName) {
		return wording.text("assessment.reason.swappedIn", originalName, excludedWhy(TriageRules.SWAPPED));
	}

	String substitute(String originalName, FlagCode reason) {
		return wording.text("assessment.reason.substitute", originalName, excludedWhy(reason.name()));
	}

	private String excludedWhy(String reason) {
		return wording.text(EXCLUDED_WHY + reason);
	}

	private List<String> phaseOneCauses(Intake intake) {
		List<String> causes = new ArrayList<>();
		if (intake.clearedForExercise() == Clearance.NOT_YET_CHECKED) {
			causes.add(wording.text("assessment.reason.phase.1.notCleared"));
		}
		if (intake.clearedForExercise() == Clearance.NO) {
			causes.add(wording.text("assessment.reason.phase.1.toldToWait"));
		}
		if (intake.weeksSinceBirth() < TriageRules.FIRST_WEEKS) {
			causes.add(wording.text("assessment.reason.phase.1.firstWeeks"));
		}
		if (intake.painNow() >= TriageRules.HIGH_PAIN_FROM) {
			causes.add(wording.text("assessment.reason.phase.1.highPain"));
		}
		return causes;
	}

	private List<String> phaseThreeWaits(Intake intake, Set<FlagCode> codes) {
		List<String> notYet = new ArrayList<>();
		if (intake.weeksSinceBirth() < TriageRules.PHASE_THREE_WEEKS) {
			notYet.add(wording.text("assessment.reason.phase.3.waits.weeks"));
		}
		if (intake.painNow() > 3) {
			notYet.add(wording.text("assessment.reason.phase.3.waits.pain"));
		}
		if (codes.contains(FlagCode.WORSENING_PAIN)) {
			notYet.add(wording.text("assessment.reason.phase.3.waits.worsening"));
		}
		for (FlagCode code : List.of(FlagCode.DIASTASIS, FlagCode.PELVIC_FLOOR_SYMPTOMS, FlagCode.PELVIC_GIRDLE_PAIN,
				FlagCode.RECENT_CESAREAN)) {
			if (codes.contains(code)) {
				notYet.add(wording.text(switch (code) {
					case DIASTASIS -> "assessment.reason.phase.3.waits.diastasis";
					case PELVIC_FLOOR_SYMPTOMS -> "assessment.reason.phase.3.waits.pelvicFloor";
					case PELVIC_GIRDLE_PAIN -> "assessment.reason.phase.3.waits.pelvicGirdle";
					default -> "assessment.reason.phase.3.waits.cesarean";
				}));
			}
		}
		return notYet;
	}

	/** "a", "a and b", "a, b and c". */
	private String join(List<String> parts) {
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		int last = parts.size() - 1;
		String joined = wording.text("assessment.reason.list.last", parts.get(last - 1), parts.get(last));
		for (int i = last - 2; i >= 0; i--) {
			joined = wording.text("assessment.reason.list.next", parts.get(i), joined);
		}
		return joined;
	}

}
