package com.postpartum.backcare.account;

import org.springframework.dao.DataAccessException;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Spring Security's WebAuthn ceremonies (webauthn4j), with the app's rules on top:
 * <ul>
 * <li>her authenticator must verify her (fingerprint, face, PIN), since a passkey alone
 * signs her in: something she has and something she is or knows;</li>
 * <li>a passkey is stored only with a good label ({@link PasskeyLabel}), trimmed;</li>
 * <li>a registration that fails (a bad label, a forged or replayed answer) is a
 * {@link PasskeyRefused}, which {@link PasskeyRegistrationProblems} answers with words, not
 * a server error.</li>
 * </ul>
 */
final class PasskeyOperations implements WebAuthnRelyingPartyOperations {

	static final String ADD_FAILED = "passkeys.add.failed";

	private final Webauthn4JRelyingPartyOperations webauthn;

	PasskeyOperations(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			PasskeyProperties properties) {
		this.webauthn = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(properties.rpId()).name(properties.rpName()).build(),
				properties.origins());
		this.webauthn.setCustomizeCreationOptions(options -> options.authenticatorSelection(AuthenticatorSelectionCriteria
			.builder()
			.residentKey(ResidentKeyRequirement.REQUIRED)
			.userVerification(UserVerificationRequirement.REQUIRED)
			.build()));
		this.webauthn.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return webauthn.createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		RelyingPartyPublicKey publicKey = request.getPublicKey();
		PasskeyLabel.problem(publicKey.getLabel()).ifPresent(problem -> {
			throw new PasskeyRefused(problem, null);
		});
		try {
			return webauthn.registerCredential(new ImmutableRelyingPartyRegistrationRequest(request.getCreationOptions(),
					new RelyingPartyPublicKey(publicKey.getCredential(), PasskeyLabel.clean(publicKey.getLabel()))));
		}
		catch (DataAccessException databaseTrouble) {
			throw databaseTrouble;
		}
		catch (RuntimeException refused) {
			throw new PasskeyRefused(ADD_FAILED, refused);
		}
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
		return webauthn.createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return webauthn.authenticate(request);
	}

	/** A passkey not stored, and why, as a message key. */
	static final class PasskeyRefused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String messageKey;

		PasskeyRefused(String messageKey, Throwable cause) {
			super(messageKey, cause);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}

	}

}
