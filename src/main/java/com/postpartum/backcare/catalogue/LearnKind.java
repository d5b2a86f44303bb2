package com.postpartum.backcare.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** A learn page is either a daily habit or background reading. */
public enum LearnKind implements CodedEnum {

	HABIT, EDUCATION;

	@Override
	@JsonValue
	public String code() {
		return CodedEnum.codeOf(this);
	}

}
