package com.postpartum.backcare.account;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.assessment.AssessmentOwnership;
import com.postpartum.backcare.assessment.AssessmentService;

/**
 * Signs her in on this device without the sign-in form (after registering, after setting a
 * new password from a mailed link), as the form would: a new sign-in session with a new id (no
 * fixation) and a new CSRF token (the signed-out form's stops working), and the assessments
 * made in this browser before become hers.
 */
@Component
class SignInHere {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SessionAuthenticationStrategy signedInSession;

	private final AssessmentService assessments;

	private final AccountLanguage language;

	SignInHere(CsrfTokenRepository csrfTokens, AssessmentService assessments, AccountLanguage language) {
		this.assessments = assessments;
		this.language = language;
		this.signedInSession = new CompositeSessionAuthenticationStrategy(List.of(
				new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
	}

	/**
	 * {@code freshSession}: the browser's old sign-in session is ended first (its row may already
	 * be gone: every session of hers is deleted when her password is reset), rather than
	 * carried on under a new id.
	 */
	void signIn(Account account, boolean freshSession, HttpServletRequest request, HttpServletResponse response) {
		List<UUID> madeHere = AssessmentOwnership.inSignInSession(request);
		HttpSession old = request.getSession(false);
		if (freshSession && old != null) {
			old.invalidate();
		}
		request.getSession(true);
		AccountPrincipal principal = new AccountPrincipal(account);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		signedInSession.onAuthentication(authentication, request, response);
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		assessments.claim(madeHere, account.getId());
		language.signedIn(account.getId(), request, response);
	}

}
