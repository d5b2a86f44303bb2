package com.postpartum.backcare.assessment;

import static com.postpartum.backcare.assessment.IntakeField.ABDOMINAL_SEPARATION;
import static com.postpartum.backcare.assessment.IntakeField.BREASTFEEDING;
import static com.postpartum.backcare.assessment.IntakeField.CLEARED_FOR_EXERCISE;
import static com.postpartum.backcare.assessment.IntakeField.DELIVERY;
import static com.postpartum.backcare.assessment.IntakeField.EPIDURAL_OR_SPINAL;
import static com.postpartum.backcare.assessment.IntakeField.LEAKAGE;
import static com.postpartum.backcare.assessment.IntakeField.PAIN_AREAS;
import static com.postpartum.backcare.assessment.IntakeField.PAIN_NOW;
import static com.postpartum.backcare.assessment.IntakeField.PAIN_TREND;
import static com.postpartum.backcare.assessment.IntakeField.PAIN_WEEKS;
import static com.postpartum.backcare.assessment.IntakeField.PAIN_WORST_LAST_WEEK;
import static com.postpartum.backcare.assessment.IntakeField.PELVIC_HEAVINESS;
import static com.postpartum.backcare.assessment.IntakeField.RED_FLAGS;
import static com.postpartum.backcare.assessment.IntakeField.WEEKS_SINCE_BIRTH;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.postpartum.backcare.assessment.Intake.Clearance;
import com.postpartum.backcare.assessment.Intake.Delivery;
import com.postpartum.backcare.assessment.Intake.Leakage;
import com.postpartum.backcare.assessment.Intake.PainArea;
import com.postpartum.backcare.assessment.Intake.PainTrend;
import com.postpartum.backcare.assessment.Intake.Separation;
import com.postpartum.backcare.assessment.IntakeField.Answer;
import com.postpartum.backcare.web.WholeNumber;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns raw answers into an {@link Intake}, naming every field that is wrong rather than
 * stopping at the first: wrong type, out of range, unknown value, unknown or missing field.
 * The JSON API and the HTML form share it, so both judge answers the same way; what each
 * field accepts is {@link IntakeField}'s.
 */
public final class IntakeParser {

	private IntakeParser() {
	}

	/** The outcome: an intake, or the problems (never both). */
	public record Result(Intake intake, List<IntakeProblem> problems) {

		public boolean isValid() {
			return intake != null;
		}

	}

	/** However bad the input, the answer names at most this many problems: it never grows with the input. */
	static final int MAX_PROBLEMS = 20;

	private static List<IntakeProblem> bounded(List<IntakeProblem> problems) {
		if (problems.size() <= MAX_PROBLEMS) {
			return List.copyOf(problems);
		}
		List<IntakeProblem> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
		// "(more)" and "(body)" stand where a field's name would: names, not words, like the fields'.
		first.add(IntakeProblem.counted("(more)", "intake.problem.more", problems.size() - MAX_PROBLEMS));
		return List.copyOf(first);
	}

	private static String shorten(String text) {
		return text.length() > 60 ? text.substring(0, 57) + "..." : text;
	}

	/** Strict JSON: numbers must be JSON numbers, booleans JSON booleans; unknown fields are refused. */
	public static Result parse(JsonNode body) {
		if (body == null || !body.isObject()) {
			return new Result(null, List.of(new IntakeProblem("(body)", "api.problem.unreadable.body")));
		}
		List<IntakeProblem> problems = new ArrayList<>();
		for (String name : body.propertyNames()) {
			if (IntakeField.named(name).isEmpty()) {
				problems.add(new IntakeProblem(shorten(name), "intake.problem.unknown"));
			}
		}
		// In the order of Intake's components, so the problems come in the API's order.
		Reader in = new Reader(body, problems);
		Integer weeks = in.number(WEEKS_SINCE_BIRTH);
		Delivery delivery = in.oneOf(DELIVERY, Delivery.class);
		Clearance cleared = in.oneOf(CLEARED_FOR_EXERCISE, Clearance.class);
		boolean breastfeeding = in.yesNo(BREASTFEEDING);
		boolean epidural = in.yesNo(EPIDURAL_OR_SPINAL);
		Set<PainArea> areas = in.anyOf(PAIN_AREAS, PainArea.class);
		Integer painNow = in.number(PAIN_NOW);
		Integer painWorst = in.number(PAIN_WORST_LAST_WEEK);
		PainTrend trend = in.oneOf(PAIN_TREND, PainTrend.class);
		Integer painWeeks = in.number(PAIN_WEEKS);
		Separation separation = in.oneOf(ABDOMINAL_SEPARATION, Separation.class);
		Leakage leakage = in.oneOf(LEAKAGE, Leakage.class);
		boolean heaviness = in.yesNo(PELVIC_HEAVINESS);
		Set<FlagCode> redFlags = in.anyOf(RED_FLAGS, FlagCode.class);
		if (!problems.isEmpty()) {
			return new Result(null, bounded(problems));
		}
		return new Result(new Intake(weeks, delivery, cleared, breastfeeding, epidural, areas, painNow, painWorst,
				trend, painWeeks, separation, leakage, heaviness, redFlags), List.of());
	}

	/**
	 * The HTML form: every value arrives as text. Blank values count as not given; fields the
	 * form does not ask about (the CSRF token, the button) are ignored.
	 */
	public static Result parseForm(Map<String, String[]> parameters) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		for (IntakeField field : IntakeField.values()) {
			String name = field.fieldName();
			String[] values = parameters.get(name);
			if (values == null) {
				continue;
			}
			List<String> given = Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
			if (given.isEmpty()) {
				continue;
			}
			switch (field.answer().kind()) {
				case ANY_OF -> {
					ArrayNode items = body.putArray(name);
					given.forEach(items::add);
				}
				case YES_NO -> body.put(name, given.get(0).equals("true") || given.get(0).equals("on"));
				// Text that is no whole number is passed on as text, to be refused with the field's words.
				case NUMBER -> WholeNumber.parse(given.get(0))
					.ifPresentOrElse(number -> body.put(name, number), () -> body.put(name, given.get(0)));
				case ONE_OF -> body.put(name, given.get(0));
			}
		}
		return parse(body);
	}

	/** Reads one field at a time, adding a problem instead of throwing. */
	private static final class Reader {

		private final JsonNode body;

		private final List<IntakeProblem> problems;

		Reader(JsonNode body, List<IntakeProblem> problems) {
			this.body = body;
			this.problems = problems;
		}

		private JsonNode value(String field) {
			JsonNode node = body.get(field);
			return node == null || node.isNull() || node.isMissingNode() ? null : node;
		}

		Integer number(IntakeField field) {
			Answer answer = field.answer();
			JsonNode node = value(field.fieldName());
			if (node == null) {
				if (answer.isRequired()) {
					problems.add(new IntakeProblem(field.fieldName(), "intake.problem.number.required",
							String.valueOf(answer.min()), String.valueOf(answer.max())));
				}
				return null;
			}
			if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < answer.min()
					|| node.intValue() > answer.max()) {
				problems.add(new IntakeProblem(field.fieldName(), "intake.problem.number",
						String.valueOf(answer.min()), String.valueOf(answer.max())));
				return null;
			}
			return node.intValue();
		}

		boolean yesNo(IntakeField field) {
			JsonNode node = value(field.fieldName());
			if (node == null) {
				return false;
			}
			if (!node.isBoolean()) {
				problems.add(new IntakeProblem(field.fieldName(), "intake.problem.yesNo"));
				return false;
			}
			return node.booleanValue();
		}

		<E extends Enum<E>> E oneOf(IntakeField field, Class<E> type) {
			Answer answer = field.answer();
			E fallback = answer.fallback() == null ? null : type.cast(answer.fallback());
			JsonNode node = value(field.fieldName());
			if (node == null) {
				if (answer.isRequired()) {
					problems.add(new IntakeProblem(field.fieldName(), "intake.problem.oneOf.required", allowed(field)));
				}
				return fallback;
			}
			Optional<E> chosen = node.isString() ? EnumNames.find(options(field, type), node.stringValue())
					: Optional.empty();
			if (chosen.isEmpty()) {
				problems.add(new IntakeProblem(field.fieldName(), "intake.problem.oneOf", describe(node), allowed(field)));
			}
			return chosen.orElse(fallback);
		}

		<E extends Enum<E>> Set<E> anyOf(IntakeField field, Class<E> type) {
			EnumSet<E> result = EnumSet.noneOf(type);
			JsonNode node = value(field.fieldName());
			if (node == null) {
				return result;
			}
			List<E> allowed = options(field, type);
			if (!node.isArray()) {
				problems.add(new IntakeProblem(field.fieldName(), "intake.problem.anyOf", allowed(field)));
				return result;
			}
			if (node.size() > allowed.size()) {
				// Each answer once at most: a longer list is refused whole, with one problem, not one per item.
				problems.add(new IntakeProblem(field.fieldName(), "intake.problem.anyOf.tooMany",
						String.valueOf(node.size()), String.valueOf(allowed.size()), allowed(field)));
				return result;
			}
			for (int i = 0; i < node.size(); i++) {
				JsonNode item = node.get(i);
				Optional<E> parsed = item.isString() ? EnumNames.find(allowed, item.stringValue()) : Optional.empty();
				if (parsed.isEmpty()) {
					problems.add(new IntakeProblem(field.fieldName() + "[" + i + "]", "intake.problem.oneOf",
							describe(item), allowed(field)));
				}
				else {
					result.add(parsed.get());
				}
			}
			return result;
		}

		private static <E extends Enum<E>> List<E> options(IntakeField field, Class<E> type) {
			return field.answer().options().stream().map(type::cast).toList();
		}

		private static String allowed(IntakeField field) {
			return EnumNames.joined(field.answer().options());
		}

		private static String describe(JsonNode node) {
			String text = node.isString() ? "'" + node.stringValue() + "'" : node.toString();
			return text.length() > 60 ? text.substring(0, 57) + "...'" : text;
		}

	}

}
