package com.postpartum.backcare.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.assessment.AssessmentOwnership;
import com.postpartum.backcare.assessment.AssessmentService;

/** After signing in with her password, the assessments she made in this browser before become hers. */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AssessmentService assessments;

	private final AccountLanguage language;

	SignInSuccessHandler(AssessmentService assessments, AccountLanguage language) {
		this.assessments = assessments;
		this.language = language;
		setDefaultTargetUrl(AccountController.ACCOUNT_URL);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			welcome(request, response, principal);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * Her password or a passkey ({@link PasskeySignIn}): either way, what she answered before is
	 * hers, and the page speaks the language her account keeps.
	 */
	void welcome(HttpServletRequest request, HttpServletResponse response, AccountPrincipal principal) {
		assessments.claim(AssessmentOwnership.inSignInSession(request), principal.accountId());
		language.signedIn(principal.accountId(), request, response);
	}

}
