package com.postpartum.backcare.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import com.postpartum.backcare.content.InvalidContentException;

/** Turns invalid content into a short start-up report naming each file and field, without a stack trace. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the files named above (docs/content-guide.md lists every field and its allowed values), "
						+ "then start the application again.",
				cause);
	}

}
