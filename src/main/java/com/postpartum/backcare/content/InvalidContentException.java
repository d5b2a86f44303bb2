package com.postpartum.backcare.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at start-up when the content cannot be loaded; the application does not start. */
public class InvalidContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	public InvalidContentException(List<ContentProblem> problems) {
		super("The content is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
				+ "):\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> getProblems() {
		return problems;
	}

}
