package com.postpartum.backcare.web;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A JSON API request with bad input; answered as 400 problem+json naming every bad field.
 * Each problem's words are a message key, resolved in the answer's language when it is written.
 */
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

	/**
	 * One bad field (or query parameter) and what is wrong with it, as a message key and its
	 * arguments. Numbers go in as text, so that no language's number format changes them.
	 */
	public record FieldProblem(String field, MessageSourceResolvable message) {

		public FieldProblem(String field, String code, Object... arguments) {
			this(field, new DefaultMessageSourceResolvable(new String[] { code }, arguments));
		}

	}

}
