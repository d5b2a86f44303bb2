package com.postpartum.backcare.assessment;

import java.util.Arrays;
import java.util.List;

import com.postpartum.backcare.catalogue.CodedEnum;

/**
 * Every flag docs/clinical-rules.md defines, with its level. The first group are the red-flag
 * questions a mother answers yes or no; the rest are derived from her other answers.
 * Titles, questions and advice are content (content/flags/), not Java strings.
 */
public enum FlagCode {

	// Red-flag questions: EMERGENCY
	SADDLE_NUMBNESS(Level.EMERGENCY, true), URINARY_RETENTION(Level.EMERGENCY, true),
	LOSS_OF_BLADDER_CONTROL(Level.EMERGENCY, true), LOSS_OF_BOWEL_CONTROL(Level.EMERGENCY, true),
	LEG_WEAKNESS(Level.EMERGENCY, true), CHEST_PAIN_OR_BREATHLESSNESS(Level.EMERGENCY, true),
	HEAVY_BLEEDING(Level.EMERGENCY, true), THOUGHTS_OF_HARM(Level.EMERGENCY, true),
	HEADACHE_WITH_VISION_CHANGES(Level.EMERGENCY, true),

	// Red-flag questions: URGENT
	FEVER(Level.URGENT, true), POSITIONAL_HEADACHE(Level.URGENT, true), CALF_SWELLING(Level.URGENT, true),
	WOUND_PROBLEM(Level.URGENT, true), NIGHT_PAIN(Level.URGENT, true), FALL_OR_INJURY(Level.URGENT, true),
	CANCER_HISTORY(Level.URGENT, true), SUDDEN_UPPER_BACK_PAIN(Level.URGENT, true),

	// Derived from the answers
	WORSENING_INCONTINENCE(Level.EMERGENCY, false), SEVERE_PAIN(Level.URGENT, false),
	BILATERAL_LEG_SYMPTOMS(Level.EMERGENCY, false), HIGH_PAIN(Level.CLINICIAN_REVIEW, false),
	WORSENING_PAIN(Level.CLINICIAN_REVIEW, false), NOT_IMPROVING(Level.CLINICIAN_REVIEW, false),
	CHRONIC_PAIN(Level.CLINICIAN_REVIEW, false), RADIATING_PAIN(Level.CLINICIAN_REVIEW, false),
	NOT_CLEARED(Level.CLINICIAN_REVIEW, false), TOLD_TO_WAIT(Level.CLINICIAN_REVIEW, false),
	PELVIC_FLOOR_SYMPTOMS(Level.ADVICE, false),
	DIASTASIS(Level.ADVICE, false), PELVIC_GIRDLE_PAIN(Level.ADVICE, false), RECENT_CESAREAN(Level.ADVICE, false);

	private final Level level;

	private final boolean question;

	FlagCode(Level level, boolean question) {
		this.level = level;
		this.question = question;
	}

	public Level level() {
		return level;
	}

	/** True for the red-flag questions asked on the form and accepted in {@code redFlags}. */
	public boolean isQuestion() {
		return question;
	}

	public static List<FlagCode> questions() {
		return Arrays.stream(values()).filter(FlagCode::isQuestion).toList();
	}

	/** The content file name for this flag: SADDLE_NUMBNESS → saddle-numbness. */
	public String slug() {
		return CodedEnum.codeOf(this);
	}

}
