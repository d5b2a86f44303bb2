package com.postpartum.backcare.account;

import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.json.JsonMapper;

/**
 * Security from day one: the library, questionnaire and API are public; her account pages
 * need her to sign in. CSRF guards every form, strict headers on every answer, and of
 * actuator only health is reachable. Passwords are BCrypt hashes.
 */
@Configuration
class SecurityConfig {

	/** Everything comes from our own origin; no inline script anywhere. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String CLEAR_SITE_DATA = "Clear-Site-Data";

	/** Signing out or deleting the account empties the browser's HTTP cache of her pages. */
	static final String CLEAR_CACHE = "\"cache\"";

	/**
	 * Her own pages: kept by her browser for offline use (the service worker's copy, private to
	 * this browser, emptied when she signs out), so they are private and checked every time
	 * rather than no-store (docs/architecture.md, "Offline").
	 */
	static final String[] HER_PAGES = { "/today", "/today/offline", "/progress", "/account", "/assessments/*" };

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/**
	 * The JSON API: public, stateless and cookie-free, so no session is read, no CSRF token
	 * kept and no request saved for after a sign-in. Only the headers are the pages' own.
	 * Fewer filters per answer (docs/performance.md, "The assessments API").
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable());
		return withHeaders(http).build();
	}

	/**
	 * Her calendar feed: read by calendar apps, which carry no cookie; the secret token in the
	 * address is the key (docs/architecture.md, "Reminders and the calendar feed"). Stateless like
	 * the API, and its answers set their own short Cache-Control (and an ETag), so Spring
	 * Security's no-store is left off here.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(CalendarController.FEED_PREFIX + "**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable());
		return withHeaders(http).headers(headers -> headers.cacheControl(cache -> cache.disable())).build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationSuccessHandler signedIn,
			CsrfTokenRepository csrfTokens, SignInGate signInGate, PasskeySignIn passkeySignIn,
			PasskeyProperties passkeys, MessageSource messages, JsonMapper json) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.requestMatchers("/account", "/account/**", "/today", "/today/**", "/progress", "/progress/**",
					"/webauthn/register", "/webauthn/register/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(signedIn)
				.failureUrl("/login?error")
				.permitAll())
			// After the CSRF check, before the password is: a client that must wait is told so.
			.addFilterBefore(new SignInGateFilter(signInGate), UsernamePasswordAuthenticationFilter.class)
			// Passkeys: Spring Security's endpoints (/webauthn/register/options, /webauthn/register,
			// /webauthn/authenticate/options, /login/webauthn) on our pages and script, no pages of its own.
			// The relying party comes from PasskeyConfig's operations; these name it for the configurer.
			.webAuthn(webAuthn -> webAuthn.rpId(passkeys.rpId())
				.rpName(passkeys.rpName())
				.allowedOrigins(passkeys.origins())
				.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(passkeySignIn))
			.addFilterBefore(new PasskeyRegistrationProblems(messages, json), AuthorizationFilter.class)
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/?signedOut")
				// Spring's ClearSiteDataHeaderWriter writes only on HTTPS; localhost is a secure context too.
				.addLogoutHandler((request, response, signingOut) -> response.setHeader(CLEAR_SITE_DATA, CLEAR_CACHE)))
			// The JSON API has its own chain above: CSRF tokens protect the forms.
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens));
		return withHeaders(http).build();
	}

	/** Strict headers on every answer, pages and API alike. */
	private static HttpSecurity withHeaders(HttpSecurity http) throws Exception {
		return http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			// Sent only on secure requests: behind the TLS proxy, the production profile's
			// forwarded headers make them so.
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			// no-store everywhere but her own pages, which may be kept offline in this browser only.
			.cacheControl(cacheControl -> cacheControl.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(herPages(), new StaticHeadersWriter(
					"Cache-Control", "private, no-cache")))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(herPages()),
					new CacheControlHeadersWriter())));
	}

	private static RequestMatcher herPages() {
		return new OrRequestMatcher(java.util.Arrays.stream(HER_PAGES)
			.map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
			.toList());
	}

	/** Where CSRF tokens live; registration renews hers there when it signs her in. */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new HttpSessionCsrfTokenRepository();
	}

	/**
	 * BCrypt, which reads at most 72 bytes of a password (registration refuses longer ones).
	 * A longer password typed at sign-in cannot be hers, so it is simply a wrong password,
	 * after the same hashing work as any other, never an error. The work factor is BCrypt's
	 * own 10 (about 2^10 rounds); only the test suite lowers it, to spend its time on behaviour.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${app.passwords.bcrypt-strength:10}") int strength) {
		return new SeventyTwoBytePasswordEncoder(new BCryptPasswordEncoder(strength));
	}

	static final class SeventyTwoBytePasswordEncoder implements PasswordEncoder {

		static final int MAX_BYTES = 72;

		private final PasswordEncoder bcrypt;

		SeventyTwoBytePasswordEncoder(PasswordEncoder bcrypt) {
			this.bcrypt = bcrypt;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			if (rawPassword != null && tooLong(rawPassword)) {
				bcrypt.matches("", encodedPassword);
				return false;
			}
			return bcrypt.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return bcrypt.upgradeEncoding(encodedPassword);
		}

		private static boolean tooLong(CharSequence rawPassword) {
			return rawPassword.length() > MAX_BYTES
					|| rawPassword.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES;
		}

	}

	/** Tracing every security filter of every request cost more than the filters themselves. */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
