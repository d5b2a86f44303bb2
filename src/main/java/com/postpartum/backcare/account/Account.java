package com.postpartum.backcare.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mother's account: her email (lower-cased, unique) and a password hash, never the password. */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 254)
	private String email;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** A language tag of the app's languages ("es"), or null when she never chose one. */
	@Column(length = 8)
	private String language;

	protected Account() {
	}

	Account(String email, String passwordHash, Instant createdAt) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	/**
	 * An email as accounts are stored and looked up by it, whoever typed it and where
	 * (registration, sign-in, the throttle): without surrounding spaces, lower-cased;
	 * nothing typed is the empty address.
	 */
	static String normaliseEmail(String typed) {
		return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	/** Her new address, confirmed by the link mailed to it; normalised like every stored email. */
	void changeEmail(String confirmedEmail) {
		this.email = normaliseEmail(confirmedEmail);
	}

	/** A new password, already hashed. */
	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** Her chosen language, or null when she never chose one. */
	public Locale getLanguage() {
		return language == null ? null : Locale.forLanguageTag(language);
	}

	void chooseLanguage(Locale chosen) {
		this.language = chosen.toLanguageTag();
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
