package com.postpartum.backcare.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.postpartum.backcare.assessment.Intake.Clearance;

/**
 * The rules' explanations, in one place: why this phase, why each exercise. They travel in
 * the API answer, so they are plain sentences rather than message keys.
 */
final class Reasons {

	static final String ALWAYS_SAFE = "Gentle breathing and short walks are safe to offer whatever else is going on.";

	static final String HALVED = "Fewer sets than usual, because your pain is 6 or 7 out of 10 today.";

	/** With TOLD_TO_WAIT her clinician decides, not the app: said with every exercise. */
	static final String CLINICIAN_FIRST = "Your clinician's advice to wait comes first: "
			+ "check with them before you do even this.";

	private Reasons() {
	}

	static String phase(int phase, Intake intake, Set<FlagCode> codes) {
		return switch (phase) {
			case 1 -> "Phase 1 (Reconnect) suits you because " + join(phaseOneCauses(intake)) + ".";
			case 3 -> "Phase 3 (Strengthen) suits you: you are cleared, 12 or more weeks after the birth, "
					+ "with low pain that is not getting worse and no core or pelvic floor warning signs.";
			default -> "Phase 2 (Rebuild) suits you: you are cleared and at least 6 weeks after the birth"
					+ phaseTwoCaveat(intake, codes) + ".";
		};
	}

	/** Why an exercise is in her routine; with TOLD_TO_WAIT, that her clinician's word comes first. */
	static String chosen(String what, String why, boolean toldToWait) {
		String reason = why.isEmpty() ? what : what + " " + why;
		return toldToWait ? reason + " " + CLINICIAN_FIRST : reason;
	}

	static String swappedIn(String originalName) {
		return "An easier version in place of " + originalName + ", because it hurt or your pain rose after it last time.";
	}

	static String substitute(String originalName, FlagCode reason) {
		return "An easier version in place of " + originalName + ", which was left out " + because(reason) + ".";
	}

	/** Why a filter rules an exercise out, in words. */
	static String because(FlagCode reason) {
		return switch (reason) {
			case NOT_CLEARED -> "until a clinician has cleared you for exercise";
			case TOLD_TO_WAIT -> "because a clinician told you to wait; ask them before you start it";
			case DIASTASIS -> "because it loads the tummy muscles hard while they may be separated";
			case RECENT_CESAREAN -> "because it loads the tummy muscles hard in the first 12 weeks after a caesarean";
			case PELVIC_FLOOR_SYMPTOMS -> "because it puts a lot of pressure on the pelvic floor";
			case PELVIC_GIRDLE_PAIN -> "because it loads one side more than the other, which can flare pelvic girdle pain";
			case HIGH_PAIN -> "because it is an advanced move and your pain is 6 or 7 out of 10";
			default -> "for your safety";
		};
	}

	private static List<String> phaseOneCauses(Intake intake) {
		List<String> causes = new ArrayList<>();
		if (intake.clearedForExercise() == Clearance.NOT_YET_CHECKED) {
			causes.add("you have not yet been cleared for exercise");
		}
		if (intake.clearedForExercise() == Clearance.NO) {
			causes.add("a clinician told you to wait before exercising");
		}
		if (intake.weeksSinceBirth() < TriageRules.FIRST_WEEKS) {
			causes.add("it is less than 6 weeks since the birth");
		}
		if (intake.painNow() >= TriageRules.HIGH_PAIN_FROM) {
			causes.add("your pain is 6 or more out of 10");
		}
		return causes;
	}

	private static String phaseTwoCaveat(Intake intake, Set<FlagCode> codes) {
		List<String> notYet = new ArrayList<>();
		if (intake.weeksSinceBirth() < TriageRules.PHASE_THREE_WEEKS) {
			notYet.add("it is less than 12 weeks since the birth");
		}
		if (intake.painNow() > 3) {
			notYet.add("your pain is above 3 out of 10");
		}
		if (codes.contains(FlagCode.WORSENING_PAIN)) {
			notYet.add("your pain is getting worse");
		}
		for (FlagCode code : List.of(FlagCode.DIASTASIS, FlagCode.PELVIC_FLOOR_SYMPTOMS, FlagCode.PELVIC_GIRDLE_PAIN,
				FlagCode.RECENT_CESAREAN)) {
			if (codes.contains(code)) {
				notYet.add(switch (code) {
					case DIASTASIS -> "your tummy muscles may be separated";
					case PELVIC_FLOOR_SYMPTOMS -> "you have pelvic floor symptoms";
					case PELVIC_GIRDLE_PAIN -> "you have pelvic girdle pain";
					default -> "your caesarean was less than 12 weeks ago";
				});
			}
		}
		return notYet.isEmpty() ? "" : "; the strengthening phase waits because " + join(notYet);
	}

	private static String join(List<String> parts) {
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

}
