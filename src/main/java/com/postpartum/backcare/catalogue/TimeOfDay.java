package com.postpartum.backcare.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** When a routine suggests doing it. */
public enum TimeOfDay implements CodedEnum {

	MORNING, MIDDAY, EVENING, ANY;

	@Override
	@JsonValue
	public String code() {
		return CodedEnum.codeOf(this);
	}

}
