package com.postpartum.backcare.catalogue;

import java.util.List;

/**
 * Who should skip an exercise, as its page says it. The rules decide that
 * (docs/clinical-rules.md, section 5) and the catalogue may not depend on them, so the
 * assessment feature implements this with the rules' own filter: the page cannot say
 * anything the rules do not do.
 */
public interface SkipAdvice {

	/** One message per filter of the rules that leaves this exercise out, in the rules' order. */
	List<Message> forExercise(ExerciseView exercise);

	/** A key of messages.properties and its arguments. */
	record Message(String key, List<Object> arguments) {

		public Message {
			arguments = List.copyOf(arguments);
		}

	}

}
