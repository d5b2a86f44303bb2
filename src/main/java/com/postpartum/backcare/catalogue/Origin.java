package com.postpartum.backcare.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where one part of an exercise comes from: the cited article, or the app's own choice. */
public enum Origin implements CodedEnum {

	/** A cited article gives it; the words are still ours. */
	ARTICLE,
	/** No cited article gives it: the app chose or wrote it. */
	OURS;

	@Override
	@JsonValue
	public String code() {
		return CodedEnum.codeOf(this);
	}

}
