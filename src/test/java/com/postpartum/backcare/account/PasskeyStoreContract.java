package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Passkeys in the database through Spring Security's own JDBC repositories, on any database
 * the app runs on: what is stored comes back byte for byte, and they follow her account.
 */
abstract class PasskeyStoreContract {

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	Passkeys passkeys;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPasskeyComesBackAsItWasStoredAndItsUseIsRecorded() {
		PublicKeyCredentialUserEntity her = userEntity(newAccount("store"));
		Instant added = Instant.now().truncatedTo(ChronoUnit.MICROS);
		CredentialRecord passkey = credential(her, "My phone 📱", added);
		credentials.save(passkey);

		assertThat(userEntities.findByUsername(her.getName())).isEqualTo(her);
		assertThat(userEntities.findById(her.getId())).isEqualTo(her);
		CredentialRecord stored = credentials.findByCredentialId(passkey.getCredentialId());
		assertThat(stored).usingRecursiveComparison().isEqualTo(passkey);
		assertThat(credentials.findByUserId(her.getId())).hasSize(1);

		Instant used = added.plusSeconds(90);
		credentials.save(ImmutableCredentialRecord.fromCredentialRecord(stored).lastUsed(used).signatureCount(8).build());
		CredentialRecord after = credentials.findByCredentialId(passkey.getCredentialId());
		assertThat(after.getLastUsed()).isEqualTo(used);
		assertThat(after.getSignatureCount()).isEqualTo(8);
		assertThat(passkeys.of(her.getName())).singleElement().satisfies(shown -> {
			assertThat(shown.label()).isEqualTo("My phone 📱");
			assertThat(shown.addedAt()).isEqualTo(added);
			assertThat(shown.used()).isTrue();
		});

		credentials.delete(passkey.getCredentialId());
		assertThat(credentials.findByCredentialId(passkey.getCredentialId())).isNull();
		assertThat(passkeys.of(her.getName())).isEmpty();
	}

	@Test
	void theLongestLabelAllowedFitsEvenInEmoji() {
		PublicKeyCredentialUserEntity her = userEntity(newAccount("long-label"));
		String longest = "🤱".repeat(PasskeyLabel.MAX_LENGTH);
		assertThat(PasskeyLabel.problem(longest)).isEmpty();
		credentials.save(credential(her, longest, Instant.now()));
		assertThat(passkeys.of(her.getName())).singleElement().extracting(Passkeys.Passkey::label).isEqualTo(longest);
	}

	@Test
	void deletingHerAccountDeletesHerPasskeys() {
		String email = newAccount("delete");
		PublicKeyCredentialUserEntity her = userEntity(email);
		CredentialRecord passkey = credential(her, "Laptop", Instant.now());
		credentials.save(passkey);

		jdbc.update("delete from account where email = ?", email);

		assertThat(userEntities.findByUsername(email)).isNull();
		assertThat(credentials.findByCredentialId(passkey.getCredentialId())).isNull();
		assertThat(jdbc.queryForObject("select count(*) from user_credentials where user_entity_user_id = ?",
				Integer.class, her.getId().toBase64UrlString())).isZero();
	}

	@Test
	void herPasskeysFollowHerNewEmail() {
		String before = newAccount("old");
		PublicKeyCredentialUserEntity her = userEntity(before);
		credentials.save(credential(her, "Tablet", Instant.now()));
		String after = "new-" + UUID.randomUUID() + "@example.com";

		jdbc.update("update account set email = ? where email = ?", after, before);
		passkeys.emailChanged(before, after);

		PublicKeyCredentialUserEntity renamed = userEntities.findById(her.getId());
		assertThat(renamed.getName()).isEqualTo(after);
		assertThat(renamed.getDisplayName()).isEqualTo(after);
		assertThat(userEntities.findByUsername(before)).isNull();
		assertThat(passkeys.of(after)).extracting(Passkeys.Passkey::label).containsExactly("Tablet");
		assertThat(passkeys.of(before)).isEmpty();
	}

	@Test
	void sheRemovesOnlyHerOwnPasskeys() {
		String hers = newAccount("owner");
		String another = newAccount("other");
		CredentialRecord passkey = credential(userEntity(hers), "Phone", Instant.now());
		credentials.save(passkey);
		String id = passkey.getCredentialId().toBase64UrlString();

		assertThat(passkeys.remove(accountId(another), id)).isFalse();
		assertThat(passkeys.remove(accountId(hers), "no-such-passkey")).isFalse();
		assertThat(credentials.findByCredentialId(passkey.getCredentialId())).isNotNull();

		assertThat(passkeys.remove(accountId(hers), id)).isTrue();
		assertThat(credentials.findByCredentialId(passkey.getCredentialId())).isNull();
	}

	private String newAccount(String prefix) {
		String email = prefix + "-" + UUID.randomUUID() + "@example.com";
		jdbc.update("insert into account (email, password_hash, created_at) values (?, 'not a hash', current_timestamp)",
				email);
		return email;
	}

	private long accountId(String email) {
		return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
	}

	/** As Spring Security makes it when she first asks to add a passkey. */
	private PublicKeyCredentialUserEntity userEntity(String email) {
		PublicKeyCredentialUserEntity entity = ImmutablePublicKeyCredentialUserEntity.builder()
			.id(Bytes.random())
			.name(email)
			.displayName(email)
			.build();
		userEntities.save(entity);
		return entity;
	}

	private static CredentialRecord credential(PublicKeyCredentialUserEntity user, String label, Instant added) {
		Instant at = added.truncatedTo(ChronoUnit.MICROS);
		return ImmutableCredentialRecord.builder()
			.credentialId(Bytes.random())
			.userEntityUserId(user.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 0, 1, 2, (byte) 0xff, 42 }))
			.signatureCount(0)
			.uvInitialized(true)
			.transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
			.backupEligible(true)
			.backupState(false)
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.attestationObject(new Bytes(new byte[] { 9, 8, 7 }))
			.attestationClientDataJSON(new Bytes("{\"type\":\"webauthn.create\"}".getBytes()))
			.created(at)
			.lastUsed(at)
			.label(label)
			.build();
	}

}
