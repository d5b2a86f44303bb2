package com.postpartum.backcare.content;

/** One thing wrong with the content: the file, the field within it, and what is wrong in words. */
public record ContentProblem(String file, String field, String message) {

	@Override
	public String toString() {
		return file + ": field '" + field + "': " + message;
	}

}
