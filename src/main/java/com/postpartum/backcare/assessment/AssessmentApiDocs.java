package com.postpartum.backcare.assessment;

import java.util.Arrays;
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

	/** The same checks as {@link IntakeParser}: unknown fields refused, null is "not given". */
	@SuppressWarnings("rawtypes")
	static Schema<?> intake() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("weeksSinceBirth", ApiDocs.integer("Weeks since the baby was born", 0, IntakeParser.MAX_WEEKS));
		properties.put("delivery", choice("How the baby was born", Intake.Delivery.values()));
		properties.put("clearedForExercise", choice("Has a clinician cleared her for exercise (postnatal check)",
				Intake.Clearance.values()));
		properties.put("breastfeeding", optional(bool("Breastfeeding; false when not given")));
		properties.put("epiduralOrSpinal", optional(bool("Had an epidural or spinal in labour; false when not given")));
		properties.put("painAreas", optional(list("Where it hurts; ONE_LEG and BOTH_LEGS mean pain spreading down "
				+ "the leg(s); none when not given", names(Intake.PainArea.values()))));
		properties.put("painNow", ApiDocs.integer("Pain right now: 0 none, 10 worst imaginable", 0, 10));
		properties.put("painWorstLastWeek", optional(ApiDocs.integer("Worst pain in the last week, 0 to 10", 0, 10)));
		properties.put("painTrend", choice("Pain over the last two weeks", Intake.PainTrend.values()));
		properties.put("painWeeks", optional(ApiDocs.integer("How many weeks this pain has lasted", 0,
				IntakeParser.MAX_WEEKS)));
		properties.put("abdominalSeparation", optional(choice("Gap in the tummy muscles: SMALL under 2 finger "
				+ "widths, LARGE 2 or more; UNSURE when not given", Intake.Separation.values())));
		properties.put("leakage", optional(choice("Urine leaking (cough, sneeze, lift) and whether it is getting "
				+ "worse; NONE when not given", Intake.Leakage.values())));
		properties.put("pelvicHeaviness", optional(bool("Heaviness, dragging or a bulge in the vagina; false when "
				+ "not given")));
		properties.put("redFlags", optional(list("The red-flag questions answered yes. Only these question codes "
				+ "are accepted: the other flags are derived from the answers, never sent",
				FlagCode.questions().stream().map(Enum::name).collect(java.util.stream.Collectors.toList()))));
		if (!properties.keySet().equals(IntakeParser.FIELDS)) {
			throw new IllegalStateException("The Intake schema and IntakeParser name different fields");
		}
		return new JsonSchema().types(Set.of("object"))
			.description("A mother's answers. Unknown fields, unknown values, out-of-range numbers and wrong "
					+ "types are refused with a 400 problem naming every bad field; null counts as not given.")
			.properties(properties)
			.required(List.of("weeksSinceBirth", "delivery", "clearedForExercise", "painNow", "painTrend"))
			.additionalProperties(false);
	}

	private static Schema<?> choice(String description, Enum<?>[] values) {
		return ApiDocs.string(description)._enum(names(values));
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

	private static List<Object> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toList());
	}

}
