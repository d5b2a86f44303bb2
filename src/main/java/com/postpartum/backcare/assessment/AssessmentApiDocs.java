package com.postpartum.backcare.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.web.ApiDocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The assessment API's schemas as the server really judges them: the intake's required
 * answers, ranges and the red-flag question codes (docs/clinical-rules.md, section 9), and
 * the answer's fields that may be null.
 */
@Component
class AssessmentApiDocs implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(Intake.class.getSimpleName(), intake());
		ApiDocs.describeRecords(openApi, Assessment.class, Assessment.Flag.class, Assessment.PersonalRoutine.class,
				Assessment.PlannedExercise.class, Assessment.Exclusion.class);
	}

	/**
	 * The same checks as {@link IntakeParser}, from the same {@link IntakeField}s: unknown
	 * fields refused, null is "not given".
	 */
	@SuppressWarnings("rawtypes")
	static Schema<?> intake() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		for (IntakeField field : IntakeField.inIntakeOrder()) {
			IntakeField.Answer answer = field.answer();
			String description = field.apiDescription();
			Schema<?> schema = switch (answer.kind()) {
				case NUMBER -> ApiDocs.integer(description, answer.min(), answer.max());
				case YES_NO -> bool(description);
				case ONE_OF -> ApiDocs.string(description)._enum(new ArrayList<>(answer.optionNames()));
				case ANY_OF -> list(description, new ArrayList<>(answer.optionNames()));
			};
			properties.put(field.fieldName(), answer.isRequired() ? schema : optional(schema));
		}
		return new JsonSchema().types(Set.of("object"))
			.description("A mother's answers. Unknown fields, unknown values, out-of-range numbers and wrong "
					+ "types are refused with a 400 problem naming every bad field; null counts as not given.")
			.properties(properties)
			.required(IntakeField.inIntakeOrder()
				.stream()
				.filter(field -> field.answer().isRequired())
				.map(IntakeField::fieldName)
				.toList())
			.additionalProperties(false);
	}

	private static Schema<?> bool(String description) {
		return new JsonSchema().types(Set.of("boolean")).description(description);
	}

	private static Schema<?> list(String description, List<Object> values) {
		return new JsonSchema().types(Set.of("array"))
			.description(description)
			.items(ApiDocs.string(null)._enum(values))
			.uniqueItems(true)
			// The server refuses a longer list whole (IntakeParser).
			.maxItems(values.size());
	}

	/** An optional answer may also be sent as null. An enum restricts the value itself, so it is wrapped. */
	@SuppressWarnings("rawtypes")
	private static Schema optional(Schema schema) {
		if (schema.getEnum() == null) {
			return ApiDocs.nullable(schema);
		}
		return new JsonSchema().description(schema.getDescription())
			.anyOf(List.of(schema.description(null), new JsonSchema().types(Set.of("null"))));
	}

}
