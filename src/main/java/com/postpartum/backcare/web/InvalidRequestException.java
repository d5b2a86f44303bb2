package com.postpartum.backcare.web;

import java.util.List;

/** A JSON API request with bad input; answered as 400 problem+json naming every bad field. */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidRequestException(List<FieldProblem> problems) {
		// The problems travel in the answer, never in the message: a message that grows with bad input fills logs and heap.
		super("invalid request: " + problems.size() + " problem(s)");
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> getProblems() {
		return problems;
	}

	/** One bad field (or query parameter) and what is wrong with it, in words. */
	public record FieldProblem(String field, String message) {
	}

}
