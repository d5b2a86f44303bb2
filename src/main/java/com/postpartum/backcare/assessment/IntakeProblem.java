package com.postpartum.backcare.assessment;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One answer that cannot be used: the field (as named in docs/clinical-rules.md) and what is
 * wrong, as a message key (intake.problem.*) with its arguments, put into words by whoever
 * writes the answer. Arguments are text, so that no language's number format changes them; only
 * a count that chooses the plural's words is a number (the message's choice format needs one).
 */
public record IntakeProblem(String field, MessageSourceResolvable message) {

	IntakeProblem(String field, String code, String... arguments) {
		this(field, new DefaultMessageSourceResolvable(new String[] { code }, arguments));
	}

	/** A problem whose words depend on a count: "1 more problem", "2 more problems". */
	static IntakeProblem counted(String field, String code, int count) {
		return new IntakeProblem(field, new DefaultMessageSourceResolvable(new String[] { code }, new Object[] { count }));
	}

}
