package com.postpartum.backcare.assessment;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One answer that cannot be used: the field (as named in docs/clinical-rules.md) and what is
 * wrong, as a message key (intake.problem.*) with its arguments, put into words by whoever
 * writes the answer. Arguments are text, so that no language's number format changes them.
 */
public record IntakeProblem(String field, MessageSourceResolvable message) {

	IntakeProblem(String field, String code, String... arguments) {
		this(field, new DefaultMessageSourceResolvable(new String[] { code }, arguments));
	}

}
