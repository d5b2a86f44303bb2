package com.postpartum.backcare.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Passkeys live in the database (V11), so every instance knows every passkey. The state of a
 * ceremony in progress (the challenge and options between "options" and "register" or "sign
 * in") is kept by Spring Security in the HTTP session, which is Spring Session JDBC: the
 * second request may reach another instance and finds it there (docs/architecture.md,
 * "Passkeys").
 */
@Configuration
class PasskeyConfig {

	@Bean
	JdbcPublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcTemplate jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	JdbcUserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	/** Found by {@code http.webAuthn(...)}, which then builds its filters on it. */
	@Bean
	WebAuthnRelyingPartyOperations passkeyOperations(PublicKeyCredentialUserEntityRepository passkeyUserEntities,
			UserCredentialRepository passkeyCredentials, PasskeyProperties properties) {
		return new PasskeyOperations(passkeyUserEntities, passkeyCredentials, properties);
	}

}
