package com.postpartum.backcare.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much an exercise loads the abdominal wall or the pelvic floor; the rules filter on it. */
public enum Load implements CodedEnum {

	LOW, MODERATE, HIGH;

	@Override
	@JsonValue
	public String code() {
		return CodedEnum.codeOf(this);
	}

}
