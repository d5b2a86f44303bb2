package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;

/**
 * The passkeys section of her account page: the list, the label rules (checked before her
 * authenticator is asked, and again when the passkey is stored), removing one, and nobody
 * else's. The ceremonies themselves run in a real browser (PasskeyJourneyBrowserTest).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasskeyPagesTest {

	/** What the browser posts, with a credential no authenticator made. */
	static final String FORGED = """
			{"publicKey": {"label": %s, "credential": {"id": "AAEC", "rawId": "AAEC", "type": "public-key",
			 "response": {"attestationObject": "AAEC", "clientDataJSON": "AAEC", "transports": ["internal"]},
			 "clientExtensionResults": {}, "authenticatorAttachment": "platform"}}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@Test
	void withoutJavaScriptTheSectionSaysInWordsThatAddingAPasskeyNeedsIt() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		mother.registerNewMother("passkey-none");
		assertThat(page(mother, "/account")).contains("Passkeys")
			.contains("You have not added a passkey yet.")
			.contains("Adding a passkey needs JavaScript")
			.containsPattern("<form class=\"js-passkey-add account-form\" method=\"post\" hidden")
			.containsPattern("src=\"/assets/js/passkeys-[0-9a-f]+\\.js\"");
		assertThat(page(new BrowserSession(mvc), "/login")).contains("Sign in with a passkey")
			.containsPattern("<div class=\"js-passkey-sign-in\" hidden")
			.containsPattern("src=\"/assets/js/passkeys-[0-9a-f]+\\.js\"");
	}

	@Test
	void aLabelIsTrimmedNotBlankAndAtMostSixtyFourCharacters() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		mother.registerNewMother("passkey-label");
		mother.perform(post("/account/passkeys/label").with(csrf()).param("label", "  My phone  "))
			.andExpect(status().isNoContent());
		mother.perform(post("/account/passkeys/label").with(csrf()).param("label", " \t "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Give the passkey a name, for example \"My phone\"."));
		mother.perform(post("/account/passkeys/label").with(csrf()).param("label", "x".repeat(65)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("The name is too long: use 64 characters or fewer."));
		mother.perform(post("/account/passkeys/label").with(csrf()).param("label", "📱".repeat(64)))
			.andExpect(status().isNoContent());
		mother.perform(post("/account/passkeys/label").param("label", "My phone")).andExpect(status().isForbidden());
		new BrowserSession(mvc).perform(post("/account/passkeys/label").with(csrf()).param("label", "My phone"))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPasskeyRefusedWhenStoredSaysWhyAndStoresNothing() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		String email = mother.registerNewMother("passkey-refused");
		String[][] attempts = { { "\"   \"", "Give the passkey a name" }, { "\"" + "x".repeat(65) + "\"", "too long" },
				{ "\"My phone\"", "The passkey could not be added. Please try again." } };
		for (String[] attempt : attempts) {
			mother.perform(post("/webauthn/register/options").with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.user.name").value(email))
				.andExpect(jsonPath("$.authenticatorSelection.userVerification").value("required"))
				.andExpect(jsonPath("$.authenticatorSelection.residentKey").value("required"));
			mother
				.perform(post("/webauthn/register").with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(FORGED.formatted(attempt[0])))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(attempt[1])));
		}
		assertThat(jdbc.queryForObject("select count(*) from user_credentials c join user_entities u "
				+ "on u.id = c.user_entity_user_id where u.name = ?", Integer.class, email)).isZero();
		// Without options asked first, or without her, or without the form token: nothing either.
		mother.perform(post("/webauthn/register").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(FORGED.formatted("\"My phone\""))).andExpect(status().isBadRequest());
		mother.perform(post("/webauthn/register/options")).andExpect(status().isForbidden());
		new BrowserSession(mvc).perform(post("/webauthn/register/options").with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void sheSeesHerPasskeysAndRemovesThemButNobodyElsesAndNotWithoutTheFormToken() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		String email = mother.registerNewMother("passkey-list");
		String id = addPasskey(email, "Kitchen <tablet>");
		String account = page(mother, "/account");
		assertThat(account).contains("Kitchen &lt;tablet&gt;").contains("not used to sign in yet")
			.contains("name=\"id\" value=\"" + id + "\"")
			.doesNotContain("You have not added a passkey yet.");

		BrowserSession stranger = new BrowserSession(mvc);
		stranger.registerNewMother("passkey-stranger");
		stranger.perform(post("/account/passkeys/remove").with(csrf()).param("id", id)).andExpect(status().isNotFound());
		mother.perform(post("/account/passkeys/remove").param("id", id)).andExpect(status().isForbidden());
		mother.perform(post("/account/passkeys/remove").with(csrf()).param("id", "not-hers"))
			.andExpect(status().isNotFound());
		assertThat(page(mother, "/account")).contains("Kitchen &lt;tablet&gt;");

		mother.perform(post("/account/passkeys/remove").with(csrf()).param("id", id))
			.andExpect(redirectedUrl("/account?passkeyRemoved#passkeys"));
		assertThat(page(mother, "/account?passkeyRemoved")).contains("The passkey is removed.")
			.doesNotContain("Kitchen")
			.contains("You have not added a passkey yet.");
	}

	@Test
	void herKeptAccountPageShowsAPasskeyAddedOrUsedElsewhereAtOnce() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		String email = mother.registerNewMother("passkey-kept");
		String before = page(mother, "/account");
		assertThat(page(mother, "/account")).isEqualTo(before);

		// Added through another instance: the kept page is stale.
		String id = addPasskey(email, "Phone");
		assertThat(page(mother, "/account")).contains("Phone").contains("not used to sign in yet");

		// Used to sign in on another device.
		Bytes credentialId = Bytes.fromBase64(id);
		credentials.save(ImmutableCredentialRecord.fromCredentialRecord(credentials.findByCredentialId(credentialId))
			.lastUsed(Instant.now().plusSeconds(60))
			.build());
		assertThat(page(mother, "/account")).contains("last used to sign in");

		credentials.delete(credentialId);
		assertThat(page(mother, "/account")).contains("You have not added a passkey yet.");
	}

	@Test
	void deletingHerAccountDeletesHerPasskeys() throws Exception {
		BrowserSession mother = new BrowserSession(mvc);
		String email = mother.registerNewMother("passkey-delete");
		String id = addPasskey(email, "Phone");
		mother.perform(post("/account/delete").with(csrf()).param("confirm", "true")).andExpect(redirectedUrl("/?deleted"));
		assertThat(userEntities.findByUsername(email)).isNull();
		assertThat(credentials.findByCredentialId(Bytes.fromBase64(id))).isNull();
	}

	/** As registration stores one after the ceremony; returns its id as the page shows it. */
	private String addPasskey(String email, String label) {
		PublicKeyCredentialUserEntity user = userEntities.findByUsername(email);
		if (user == null) {
			user = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(email).displayName(email).build();
			userEntities.save(user);
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Bytes id = Bytes.random();
		credentials.save(ImmutableCredentialRecord.builder()
			.credentialId(id)
			.userEntityUserId(user.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.backupEligible(false)
			.backupState(false)
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.attestationObject(new Bytes(new byte[] { 4 }))
			.created(now)
			.lastUsed(now)
			.label(label)
			.build());
		return id.toBase64UrlString();
	}

	private static String page(BrowserSession browser, String path) throws Exception {
		return browser.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
