package com.postpartum.backcare.assessment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire as the page shows it: the answers as typed (kept when something is
 * wrong) and, per field, whether it needs correcting. Messages come from messages.properties.
 */
public final class IntakeForm {

	private final Map<String, String[]> answers;

	private final Map<String, String> errors;

	private IntakeForm(Map<String, String[]> answers, Map<String, String> errors) {
		this.answers = answers;
		this.errors = errors;
	}

	static IntakeForm empty() {
		return new IntakeForm(Map.of(), Map.of());
	}

	/** Answers as sent, with one message key per field that needs correcting ("painAreas[2]" → "painAreas"). */
	static IntakeForm withProblems(Map<String, String[]> answers, List<IntakeProblem> problems) {
		// IntakeField is in the order the form asks, so the error summary follows the page.
		Map<String, String> errors = new LinkedHashMap<>();
		for (IntakeField field : IntakeField.values()) {
			String name = field.fieldName();
			boolean wrong = problems.stream().anyMatch(p -> p.field().equals(name) || p.field().startsWith(name + "["));
			if (wrong) {
				errors.put(name, "intake.error." + name);
			}
		}
		return new IntakeForm(Map.copyOf(answers), errors);
	}

	public String value(String field) {
		String[] values = answers.get(field);
		return values == null || values.length == 0 ? "" : values[0];
	}

	public boolean isChosen(String field, String option) {
		String[] values = answers.get(field);
		return values != null && Arrays.asList(values).contains(option);
	}

	/** The answers a choice offers, as the form sends them back. */
	public List<String> options(String field) {
		return answer(field).optionNames();
	}

	public boolean isOptional(String field) {
		return !answer(field).isRequired();
	}

	private static IntakeField.Answer answer(String field) {
		return IntakeField.named(field)
			.orElseThrow(() -> new IllegalArgumentException(field + " is no field of the intake"))
			.answer();
	}

	public boolean hasError(String field) {
		return errors.containsKey(field);
	}

	public String errorKey(String field) {
		return errors.get(field);
	}

	/** Fields needing correction, in page order, for the summary at the top. */
	public List<String> fieldsWithErrors() {
		return List.copyOf(errors.keySet());
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

}
