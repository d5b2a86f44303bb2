package com.postpartum.backcare.catalogue;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose values are written in content files, URLs and JSON as short lower-case
 * codes ("hips-hamstrings"), so that clinicians and API clients never see Java names.
 */
public interface CodedEnum {

	String code();

	static <E extends Enum<E> & CodedEnum> Optional<E> fromCode(Class<E> type, String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toLowerCase(java.util.Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(wanted)).findFirst();
	}

	static <E extends Enum<E> & CodedEnum> String allowed(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).collect(Collectors.joining(", "));
	}

	static String codeOf(Enum<?> value) {
		return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
