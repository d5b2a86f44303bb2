package com.postpartum.backcare.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an exercise mainly trains; the library's first filter. */
public enum Category implements CodedEnum {

	BREATHING, CORE, GLUTES, HIPS_HAMSTRINGS, MOBILITY, STRETCH, MOVEMENT_PATTERN;

	@Override
	@JsonValue
	public String code() {
		return CodedEnum.codeOf(this);
	}

}
