package com.postpartum.backcare.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enum values as the assessment writes them in forms, JSON, content files and FHIR codes:
 * by their Java names ("VAGINAL", "SADDLE_NUMBNESS"), exactly, never by lower-case codes
 * as the catalogue's CodedEnum does.
 */
final class EnumNames {

	private EnumNames() {
	}

	/** The allowed value with this exact name, if there is one. */
	static <E extends Enum<E>> Optional<E> find(Collection<E> allowed, String name) {
		return allowed.stream().filter(value -> value.name().equals(name)).findFirst();
	}

	static List<String> of(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

	/** "A, B, C", as the problems of a refused answer list what is allowed. */
	static String joined(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.joining(", "));
	}

}
