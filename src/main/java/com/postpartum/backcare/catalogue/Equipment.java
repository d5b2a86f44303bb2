package com.postpartum.backcare.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an exercise needs besides the floor. */
public enum Equipment implements CodedEnum {

	NONE, CHAIR_BOX, BAND, PILLOW, WEIGHT;

	@Override
	@JsonValue
	public String code() {
		return CodedEnum.codeOf(this);
	}

}
