package com.postpartum.backcare.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;

/**
 * The published OpenAPI 3.1 document (/v3/api-docs): what other software relies on, so an
 * integration test validates every operation's real answers against it (docs/architecture.md).
 * Features describe their own schemas with {@link #describeRecords}; the problem answers'
 * schema is defined here, once.
 */
@Configuration
public class ApiDocs {

	/** The schema of every error answer: RFC 9457 problem details. */
	public static final String PROBLEM = "#/components/schemas/Problem";

	static final String PROBLEM_NAME = "Problem";

	static final String FIELD_PROBLEM_NAME = "FieldProblem";

	@Bean
	OpenAPI backcareOpenApi(Languages languages) {
		return new OpenAPI()
			.info(new Info().title("Postpartum back care API")
				.version("v1")
				.description("The exercise catalogue, the curated routines and the intake's triage. Not medical "
						+ "advice. No authentication: the API is public, stateless and cookie-free. "
						+ "Answers are in the language of the Accept-Language header (" + languageList(languages)
						+ "), English when it names none of these; Content-Language says which.")
				// No licence has been chosen for the project yet: the honest statement until one is.
				.license(new License().name("All rights reserved").identifier("LicenseRef-All-Rights-Reserved")))
			// Explicitly no authentication for any operation.
			.security(new ArrayList<>())
			.components(new Components().addSchemas(PROBLEM_NAME, problem())
				.addSchemas(FIELD_PROBLEM_NAME, fieldProblem()));
	}

	/**
	 * Every operation takes Accept-Language: the words of the answer (flags' titles and advice,
	 * reasons, names, problem messages) follow it, the codes and numbers never.
	 */
	@Bean
	OperationCustomizer acceptLanguageParameter(Languages languages) {
		return (operation, handler) -> operation.addParametersItem(new HeaderParameter().name(HttpHeaders.ACCEPT_LANGUAGE)
			.required(false)
			.description("The language of the answer's words: " + languageList(languages) + ". Any other, or "
					+ "none, gives English. Codes, slugs and numbers are the same in every language.")
			.schema(new JsonSchema().types(Set.of("string")))
			.example(languages.supported().get(languages.supported().size() - 1).toLanguageTag()));
	}

	private static String languageList(Languages languages) {
		return languages.supported()
			.stream()
			.map(language -> language.toLanguageTag() + " (" + language.getDisplayLanguage(Locale.ENGLISH) + ")")
			.collect(Collectors.joining(", "));
	}

	private static Schema<?> problem() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", string("A URI reference naming the kind of problem, relative to the API's address: "
				+ "/problems/invalid-request (see that page) or, when left out, about:blank (nothing more than the "
				+ "status says)").format("uri-reference")._default("about:blank"));
		properties.put("title", string("A short summary of the kind of problem"));
		properties.put("status", integer("The HTTP status code", 400, 599));
		properties.put("detail", string("What went wrong with this request, in words"));
		properties.put("instance", string("The path of the request").format("uri-reference"));
		properties.put("errors", new JsonSchema().types(Set.of("array"))
			.description("Every bad field or query parameter, for type /problems/invalid-request")
			.items(new JsonSchema().$ref("#/components/schemas/" + FIELD_PROBLEM_NAME)));
		return new JsonSchema().types(Set.of("object"))
			.description("An error answer as RFC 9457 problem details (application/problem+json). Other "
					+ "members may be added later: ignore those you do not know.")
			.properties(properties)
			.required(List.of("title", "status"));
	}

	private static Schema<?> fieldProblem() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("field", string("The field or query parameter; list items as name[index], the whole "
				+ "body as (body)"));
		properties.put("message", string("What is wrong with it, in words"));
		return new JsonSchema().types(Set.of("object"))
			.properties(properties)
			.required(List.of("field", "message"))
			.additionalProperties(false);
	}

	/**
	 * Completes the generated schemas of records the API answers with: Jackson writes every
	 * component, so all are required, and those annotated {@link Nullable} may be null.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static void describeRecords(OpenAPI openApi, Class<?>... records) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		for (Class<?> record : records) {
			Schema<?> schema = schemas.get(record.getSimpleName());
			if (schema == null || !record.isRecord()) {
				throw new IllegalStateException("No schema for the record " + record.getName() + " in " + schemas.keySet());
			}
			List<String> required = new ArrayList<>();
			for (RecordComponent component : record.getRecordComponents()) {
				String name = component.getName();
				Schema property = schema.getProperties().get(name);
				if (property == null) {
					throw new IllegalStateException(record.getSimpleName() + " has no property " + name);
				}
				required.add(name);
				if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
					schema.getProperties().put(name, nullable(property));
				}
			}
			schema.setRequired(required);
		}
	}

	/** The same schema, or null: a reference becomes anyOf, a typed schema gets the type "null". */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static Schema nullable(Schema schema) {
		if (schema.get$ref() != null) {
			return new JsonSchema().anyOf(List.of(new JsonSchema().$ref(schema.get$ref()),
					new JsonSchema().types(Set.of("null"))));
		}
		Set<String> types = new java.util.LinkedHashSet<>(schema.getTypes() != null ? schema.getTypes() : Set.of());
		if (types.isEmpty() && schema.getType() != null) {
			types.add(schema.getType());
		}
		types.add("null");
		schema.setTypes(types);
		return schema;
	}

	public static JsonSchema string(String description) {
		return (JsonSchema) new JsonSchema().types(Set.of("string")).description(description);
	}

	public static JsonSchema integer(String description, int minimum, int maximum) {
		return (JsonSchema) new JsonSchema().types(Set.of("integer"))
			.description(description)
			.minimum(java.math.BigDecimal.valueOf(minimum))
			.maximum(java.math.BigDecimal.valueOf(maximum));
	}

}
