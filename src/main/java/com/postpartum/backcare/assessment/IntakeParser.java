package com.postpartum.backcare.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.postpartum.backcare.assessment.Intake.Clearance;
import com.postpartum.backcare.assessment.Intake.Delivery;
import com.postpartum.backcare.assessment.Intake.Leakage;
import com.postpartum.backcare.assessment.Intake.PainArea;
import com.postpartum.backcare.assessment.Intake.PainTrend;
import com.postpartum.backcare.assessment.Intake.Separation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns raw answers into an {@link Intake}, naming every field that is wrong rather than
 * stopping at the first: wrong type, out of range, unknown value, unknown or missing field.
 * The JSON API and the HTML form share it, so both judge answers the same way.
 */
public final class IntakeParser {

	static final Set<String> FIELDS = Set.of("weeksSinceBirth", "delivery", "clearedForExercise", "breastfeeding",
			"epiduralOrSpinal", "painAreas", "painNow", "painWorstLastWeek", "painTrend", "painWeeks",
			"abdominalSeparation", "leakage", "pelvicHeaviness", "redFlags");

	static final int MAX_WEEKS = 520;

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
		first.add(new IntakeProblem("(more)", "and " + (problems.size() - MAX_PROBLEMS)
				+ " more problems; correct these first"));
		return List.copyOf(first);
	}

	private static String shorten(String text) {
		return text.length() > 60 ? text.substring(0, 57) + "..." : text;
	}

	/** Strict JSON: numbers must be JSON numbers, booleans JSON booleans; unknown fields are refused. */
	public static Result parse(JsonNode body) {
		if (body == null || !body.isObject()) {
			return new Result(null, List.of(new IntakeProblem("(body)", "must be a JSON object with the answers")));
		}
		List<IntakeProblem> problems = new ArrayList<>();
		for (String name : body.propertyNames()) {
			if (!FIELDS.contains(name)) {
				problems.add(new IntakeProblem(shorten(name), "is not a known field"));
			}
		}
		Reader in = new Reader(body, problems);
		Integer weeks = in.integer("weeksSinceBirth", 0, MAX_WEEKS, true);
		Delivery delivery = in.choice("delivery", Delivery.class, null, true);
		Clearance cleared = in.choice("clearedForExercise", Clearance.class, null, true);
		boolean breastfeeding = in.bool("breastfeeding");
		boolean epidural = in.bool("epiduralOrSpinal");
		Set<PainArea> areas = in.set("painAreas", PainArea.class, PainArea::valueOf, Arrays.asList(PainArea.values()));
		Integer painNow = in.integer("painNow", 0, 10, true);
		Integer painWorst = in.integer("painWorstLastWeek", 0, 10, false);
		PainTrend trend = in.choice("painTrend", PainTrend.class, null, true);
		Integer painWeeks = in.integer("painWeeks", 0, MAX_WEEKS, false);
		Separation separation = in.choice("abdominalSeparation", Separation.class, Separation.UNSURE, false);
		Leakage leakage = in.choice("leakage", Leakage.class, Leakage.NONE, false);
		boolean heaviness = in.bool("pelvicHeaviness");
		Set<FlagCode> redFlags = in.set("redFlags", FlagCode.class, FlagCode::valueOf, FlagCode.questions());
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
		for (String field : FIELDS) {
			String[] values = parameters.get(field);
			if (values == null) {
				continue;
			}
			List<String> given = Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
			if (given.isEmpty()) {
				continue;
			}
			switch (field) {
				case "painAreas", "redFlags" -> {
					ArrayNode items = body.putArray(field);
					given.forEach(items::add);
				}
				case "breastfeeding", "epiduralOrSpinal", "pelvicHeaviness" ->
					body.put(field, given.get(0).equals("true") || given.get(0).equals("on"));
				case "weeksSinceBirth", "painNow", "painWorstLastWeek", "painWeeks" -> {
					try {
						body.put(field, Integer.parseInt(given.get(0)));
					}
					catch (NumberFormatException ex) {
						body.put(field, given.get(0));
					}
				}
				default -> body.put(field, given.get(0));
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

		Integer integer(String field, int min, int max, boolean required) {
			JsonNode node = value(field);
			if (node == null) {
				if (required) {
					problems.add(new IntakeProblem(field, "is required: a whole number from " + min + " to " + max));
				}
				return null;
			}
			if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
				problems.add(new IntakeProblem(field, "must be a whole number from " + min + " to " + max));
				return null;
			}
			return node.intValue();
		}

		boolean bool(String field) {
			JsonNode node = value(field);
			if (node == null) {
				return false;
			}
			if (!node.isBoolean()) {
				problems.add(new IntakeProblem(field, "must be true or false"));
				return false;
			}
			return node.booleanValue();
		}

		<E extends Enum<E>> E choice(String field, Class<E> type, E fallback, boolean required) {
			JsonNode node = value(field);
			if (node == null) {
				if (required) {
					problems.add(new IntakeProblem(field, "is required: one of " + names(type)));
				}
				return fallback;
			}
			if (node.isString()) {
				for (E constant : type.getEnumConstants()) {
					if (constant.name().equals(node.stringValue())) {
						return constant;
					}
				}
			}
			problems.add(new IntakeProblem(field, describe(node) + " is not one of " + names(type)));
			return fallback;
		}

		<E extends Enum<E>> Set<E> set(String field, Class<E> type, Function<String, E> valueOf, List<E> allowed) {
			EnumSet<E> result = EnumSet.noneOf(type);
			JsonNode node = value(field);
			if (node == null) {
				return result;
			}
			String allowedNames = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
			if (!node.isArray()) {
				problems.add(new IntakeProblem(field, "must be a list of " + allowedNames));
				return result;
			}
			if (node.size() > allowed.size()) {
				// Each answer once at most: a longer list is refused whole, with one problem, not one per item.
				problems.add(new IntakeProblem(field, "has " + node.size() + " items; at most " + allowed.size()
						+ ", each one of " + allowedNames));
				return result;
			}
			for (int i = 0; i < node.size(); i++) {
				JsonNode item = node.get(i);
				E parsed = null;
				if (item.isString()) {
					for (E candidate : allowed) {
						if (candidate.name().equals(item.stringValue())) {
							parsed = candidate;
						}
					}
				}
				if (parsed == null) {
					problems.add(new IntakeProblem(field + "[" + i + "]", describe(item) + " is not one of " + allowedNames));
				}
				else {
					result.add(parsed);
				}
			}
			return result;
		}

		private static String describe(JsonNode node) {
			String text = node.isString() ? "'" + node.stringValue() + "'" : node.toString();
			return text.length() > 60 ? text.substring(0, 57) + "...'" : text;
		}

		private static <E extends Enum<E>> String names(Class<E> type) {
			return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		}

	}

}
