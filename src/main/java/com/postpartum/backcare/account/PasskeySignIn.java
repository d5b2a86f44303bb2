package com.postpartum.backcare.account;

import java.io.IOException;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Signing in with a passkey ends exactly as signing in with her password does: the same
 * principal ({@link AccountPrincipal}, so {@code AccountHolder.of(request)} and
 * {@code @SignedInAccount} see her), a new session id and CSRF token, the answers she gave
 * before signing in claimed, this address known to the sign-in throttle, and the page she
 * was sent away from (or her account page) next. Spring Security's WebAuthn filter is set up
 * here, as it is created ({@code http.webAuthn(...)} in {@link SecurityConfig}).
 */
@Component
class PasskeySignIn implements ObjectPostProcessor<WebAuthnAuthenticationFilter> {

	private final AuthenticationProvider passkeys;

	private final AuthenticationEventPublisher events;

	private final CsrfTokenRepository csrfTokens;

	private final SignInSuccessHandler signedIn;

	private final LoginThrottle throttle;

	private final JsonMapper json;

	private final RequestCache savedRequests = new HttpSessionRequestCache();

	PasskeySignIn(WebAuthnRelyingPartyOperations operations, AccountUserDetailsService mothers,
			AuthenticationEventPublisher events, CsrfTokenRepository csrfTokens, SignInSuccessHandler signedIn,
			LoginThrottle throttle, JsonMapper json) {
		this.passkeys = new AsHerAccount(new WebAuthnAuthenticationProvider(operations, mothers), mothers);
		this.events = events;
		this.csrfTokens = csrfTokens;
		this.signedIn = signedIn;
		this.throttle = throttle;
		this.json = json;
	}

	@Override
	public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
		ProviderManager manager = new ProviderManager(passkeys);
		manager.setAuthenticationEventPublisher(events);
		filter.setAuthenticationManager(manager);
		// Spring Security leaves the session as it was after a passkey; a form sign-in renews both.
		filter.setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens))));
		filter.setAuthenticationSuccessHandler(this::succeeded);
		return filter;
	}

	/** The script's answer: where to go next, as Spring Security's own script expects it. */
	private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
		throttle.succeeded(request.getRemoteAddr(), principal.getUsername());
		signedIn.welcome(request, response, principal);
		SavedRequest saved = savedRequests.getRequest(request, response);
		String next = saved != null ? saved.getRedirectUrl() : request.getContextPath() + AccountController.ACCOUNT_URL;
		savedRequests.removeRequest(request, response);
		PasskeyRegistrationProblems.writeJson(response, json, Map.of("authenticated", true, "redirectUrl", next));
	}

	/** Spring Security's check of the passkey, answering with her account instead of the passkey's user entity. */
	static final class AsHerAccount implements AuthenticationProvider {

		private final AuthenticationProvider webauthn;

		private final AccountUserDetailsService mothers;

		AsHerAccount(AuthenticationProvider webauthn, AccountUserDetailsService mothers) {
			this.webauthn = webauthn;
			this.mothers = mothers;
		}

		@Override
		public Authentication authenticate(Authentication request) {
			Authentication passkey = webauthn.authenticate(request);
			AccountPrincipal mother = (AccountPrincipal) mothers.loadUserByUsername(passkey.getName());
			return new PasskeyAuthentication(mother, passkey.getAuthorities());
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return webauthn.supports(authentication);
		}

	}

	/** Her, signed in with a passkey: the authorities say so (Spring Security's WebAuthn factor). */
	static final class PasskeyAuthentication extends AbstractAuthenticationToken {

		@Serial
		private static final long serialVersionUID = 1L;

		private final AccountPrincipal mother;

		PasskeyAuthentication(AccountPrincipal mother, Collection<? extends GrantedAuthority> authorities) {
			super(authorities);
			this.mother = mother;
			super.setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public AccountPrincipal getPrincipal() {
			return mother;
		}

	}

}
