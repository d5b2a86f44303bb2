package com.postpartum.backcare.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.postpartum.backcare.assessment.Intake.Clearance;
import com.postpartum.backcare.assessment.Intake.Delivery;
import com.postpartum.backcare.assessment.Intake.Leakage;
import com.postpartum.backcare.assessment.Intake.PainArea;
import com.postpartum.backcare.assessment.Intake.PainTrend;
import com.postpartum.backcare.assessment.Intake.Separation;

/**
 * The intake's questions (docs/clinical-rules.md, section 9), in the order the form asks
 * them: the one definition the parser, the form, the FHIR Questionnaire and the API's
 * Intake schema are made from. Adding a question means adding it here and to {@link Intake}.
 */
public enum IntakeField {

	RED_FLAGS("redFlags", Answer.anyOf(FlagCode.questions()), Intake::redFlags,
			"The red-flag questions answered yes. Only these question codes are accepted: the other flags are "
					+ "derived from the answers, never sent"),
	WEEKS_SINCE_BIRTH("weeksSinceBirth", Answer.number(0, Answer.MAX_WEEKS).required(), Intake::weeksSinceBirth,
			"Weeks since the baby was born"),
	DELIVERY("delivery", Answer.oneOf(Delivery.values()).required(), Intake::delivery, "How the baby was born"),
	EPIDURAL_OR_SPINAL("epiduralOrSpinal", Answer.yesNo(), Intake::epiduralOrSpinal,
			"Had an epidural or spinal in labour; false when not given"),
	CLEARED_FOR_EXERCISE("clearedForExercise", Answer.oneOf(Clearance.values()).required(),
			Intake::clearedForExercise, "Has a clinician cleared her for exercise (postnatal check)"),
	BREASTFEEDING("breastfeeding", Answer.yesNo(), Intake::breastfeeding, "Breastfeeding; false when not given"),
	PAIN_NOW("painNow", Answer.painScore().required(), Intake::painNow,
			"Pain right now: 0 none, 10 worst imaginable"),
	PAIN_WORST_LAST_WEEK("painWorstLastWeek", Answer.painScore(), Intake::painWorstLastWeek,
			"Worst pain in the last week, 0 to 10"),
	PAIN_TREND("painTrend", Answer.oneOf(PainTrend.values()).required(), Intake::painTrend,
			"Pain over the last two weeks"),
	PAIN_WEEKS("painWeeks", Answer.number(0, Answer.MAX_WEEKS), Intake::painWeeks,
			"How many weeks this pain has lasted"),
	PAIN_AREAS("painAreas", Answer.anyOf(Arrays.asList(PainArea.values())), Intake::painAreas,
			"Where it hurts; ONE_LEG and BOTH_LEGS mean pain spreading down the leg(s); none when not given"),
	ABDOMINAL_SEPARATION("abdominalSeparation", Answer.oneOf(Separation.values()).orElse(Separation.UNSURE),
			Intake::abdominalSeparation,
			"Gap in the tummy muscles: SMALL under 2 finger widths, LARGE 2 or more; UNSURE when not given"),
	LEAKAGE("leakage", Answer.oneOf(Leakage.values()).orElse(Leakage.NONE), Intake::leakage,
			"Urine leaking (cough, sneeze, lift) and whether it is getting worse; NONE when not given"),
	PELVIC_HEAVINESS("pelvicHeaviness", Answer.yesNo(), Intake::pelvicHeaviness,
			"Heaviness, dragging or a bulge in the vagina; false when not given");

	private final String fieldName;

	private final Answer answer;

	private final Function<Intake, ?> value;

	private final String apiDescription;

	IntakeField(String fieldName, Answer answer, Function<Intake, ?> value, String apiDescription) {
		this.fieldName = fieldName;
		this.answer = answer;
		this.value = value;
		this.apiDescription = apiDescription;
	}

	/** The name in the JSON API, the form and the FHIR Questionnaire (its linkId). */
	public String fieldName() {
		return fieldName;
	}

	Answer answer() {
		return answer;
	}

	/** Her answer in this intake: Integer (or null when not given), Boolean, an enum, or a set of enums. */
	Object valueIn(Intake intake) {
		return value.apply(intake);
	}

	/**
	 * The property's description in the OpenAPI Intake schema: API documentation, like the
	 * other schema texts. The FHIR Questionnaire's item texts are in messages.properties.
	 */
	String apiDescription() {
		return apiDescription;
	}

	static Optional<IntakeField> named(String fieldName) {
		return Arrays.stream(values()).filter(field -> field.fieldName.equals(fieldName)).findFirst();
	}

	/**
	 * The fields in the order of {@link Intake}'s components: the API's order (the Intake
	 * schema's properties, and the problems of a refused answer follow it too).
	 */
	static List<IntakeField> inIntakeOrder() {
		List<IntakeField> fields = Arrays.stream(Intake.class.getRecordComponents())
			.map(component -> named(component.getName())
				.orElseThrow(() -> new IllegalStateException("Intake." + component.getName() + " is no IntakeField")))
			.toList();
		if (fields.size() != values().length) {
			throw new IllegalStateException("Every IntakeField needs its component in Intake");
		}
		return fields;
	}

	/** What kind of answer a field takes. */
	enum Kind {

		/** A whole number within a range. */
		NUMBER,
		/** True or false; false when not given. */
		YES_NO,
		/** One of the options. */
		ONE_OF,
		/** Any of the options, each at most once; none when not given. */
		ANY_OF

	}

	/**
	 * What a field accepts. {@code fallback} is the answer when an optional choice is not
	 * given; {@code painScore} marks a 0-10 pain rating (LOINC 72514-3 in the FHIR export).
	 */
	record Answer(Kind kind, boolean isRequired, int min, int max, List<? extends Enum<?>> options, Enum<?> fallback,
			boolean isPainScore) {

		/** Weeks since the birth, weeks of pain: at most ten years. */
		static final int MAX_WEEKS = 520;

		static Answer number(int min, int max) {
			return new Answer(Kind.NUMBER, false, min, max, List.of(), null, false);
		}

		static Answer painScore() {
			return new Answer(Kind.NUMBER, false, 0, 10, List.of(), null, true);
		}

		static Answer yesNo() {
			return new Answer(Kind.YES_NO, false, 0, 0, List.of(), null, false);
		}

		static Answer oneOf(Enum<?>[] options) {
			return new Answer(Kind.ONE_OF, false, 0, 0, List.of(options), null, false);
		}

		static Answer anyOf(List<? extends Enum<?>> options) {
			return new Answer(Kind.ANY_OF, false, 0, 0, List.copyOf(options), null, false);
		}

		Answer required() {
			return new Answer(kind, true, min, max, options, fallback, isPainScore);
		}

		Answer orElse(Enum<?> fallback) {
			return new Answer(kind, isRequired, min, max, options, fallback, isPainScore);
		}

		List<String> optionNames() {
			return EnumNames.of(options);
		}

	}

}
