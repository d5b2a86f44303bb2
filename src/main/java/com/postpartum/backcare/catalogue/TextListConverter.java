package com.postpartum.backcare.catalogue;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a short list of sentences (steps, cues, sources…) as one JSON text column. They
 * are always read together with their exercise and never queried on their own, so a
 * child table per list would only add joins.
 */
@Converter
class TextListConverter implements AttributeConverter<List<String>, String> {

	private static final TypeReference<List<String>> LIST = new TypeReference<>() {
	};

	private final JsonMapper json;

	/** Hibernate asks Spring for its converters, so this is Boot's mapper. */
	TextListConverter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public String convertToDatabaseColumn(List<String> items) {
		return json.writeValueAsString(items == null ? List.of() : items);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isBlank() ? List.of() : List.copyOf(json.readValue(column, LIST));
	}

}
