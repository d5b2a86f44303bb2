package com.postpartum.backcare.assessment;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A healthy intake form post, shared by the page tests of other features. */
public final class IntakePagesTestSupport {

	private IntakePagesTestSupport() {
	}

	public static MockHttpServletRequestBuilder healthyIntake(MockHttpServletRequestBuilder request) {
		return IntakePagesTest.healthy(request);
	}

}
