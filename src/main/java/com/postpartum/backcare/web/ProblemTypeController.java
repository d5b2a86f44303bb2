package com.postpartum.backcare.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page behind the API's problem type /problems/invalid-request: RFC 9457 asks that a
 * problem type's URI, when dereferenced, explain the problem to a person.
 */
@Controller
class ProblemTypeController {

	static final String INVALID_REQUEST_VIEW = "problems/invalid-request";

	@GetMapping("/problems/invalid-request")
	String invalidRequest() {
		return INVALID_REQUEST_VIEW;
	}

}
