package com.postpartum.backcare.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** The body position an exercise starts from; a mother holding a baby filters by it. */
public enum Position implements CodedEnum {

	SUPINE, SIDE_LYING, PRONE, QUADRUPED, KNEELING, HALF_KNEELING, SEATED, STANDING;

	@Override
	@JsonValue
	public String code() {
		return CodedEnum.codeOf(this);
	}

}
