package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Journey 3, with a passkey: she registers with a password, adds a passkey on her account
 * page, signs out, and signs in again with the passkey alone (never typing her password),
 * landing signed in with her answers; then she removes it, and it signs her in no more.
 * Chromium's virtual authenticator stands in for her phone's fingerprint.
 * <p>
 * A passkey is bound to the exact origin the browser sees, and WebAuthn refuses IP
 * addresses: the app runs on a port chosen here, so that its allowed origin can name it,
 * and the browser uses {@code localhost}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PasskeyJourneyBrowserTest extends BrowserSupport {

	static final int PORT = freePort();

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void origin(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("app.passkeys.origins", () -> "http://localhost:" + PORT);
	}

	@Test
	void aMotherWithAPasskeyNeverTypesHerPassword() {
		VirtualAuthenticator phone = driver.addVirtualAuthenticator(phoneWithFingerprint());
		try {
			driver.manage().deleteAllCookies();
			String answer = answerTheIntake();
			String email = registerInBrowser("passkey", "cuddles before the school run");

			// A name she gives is checked before her phone is asked.
			driver.findElement(By.id("passkey-label")).sendKeys("   ");
			driver.findElement(By.cssSelector(".js-passkey-add button[type=submit]")).click();
			assertThat(waitFor(By.cssSelector("#passkey-error:not([hidden])")).getText()).contains("Give the passkey a name");
			assertThat(phone.getCredentials()).isEmpty();

			driver.findElement(By.id("passkey-label")).clear();
			driver.findElement(By.id("passkey-label")).sendKeys("My phone");
			driver.findElement(By.cssSelector(".js-passkey-add button[type=submit]")).click();
			waitForUrl("passkeyAdded");
			assertThat(phone.getCredentials()).hasSize(1);
			assertThat(driver.findElement(By.cssSelector(".passkey-list")).getText()).contains("My phone")
				.contains("not used to sign in yet");
			assertThat(driver.findElement(By.cssSelector(".js-passkey-nojs")).isDisplayed()).isFalse();
			((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("document.getElementById('passkeys').scrollIntoView();");
			screenshot("account-passkey");
			assertNoAccessibilityViolations("account page with a passkey");
			assertNoSidewaysScrollAt(320);

			driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
			waitForUrl("signedOut");
			// Signed out, she answers the check again, then signs in: the answer becomes hers.
			String answeredSignedOut = answerTheIntake();
			Instant knownBefore = latestKnownAddress();
			open("/login");
			String signedOutSession = driver.manage().getCookieNamed("SESSION").getValue();
			assertThat(driver.findElement(By.cssSelector(".js-passkey-sign-in button")).isDisplayed()).isTrue();
			screenshot("login-passkey");
			assertNoAccessibilityViolations("sign-in page with the passkey button");
			driver.findElement(By.cssSelector(".js-passkey-sign-in button")).click();
			waitForUrl("/account");
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("Signed in as " + email);
			assertThat(driver.findElements(By.cssSelector("a[href='" + answer + "']"))).as("her answer").hasSize(1);
			assertThat(driver.findElements(By.cssSelector("a[href='" + answeredSignedOut + "']")))
				.as("the answer she gave signed out").hasSize(1);
			assertThat(driver.manage().getCookieNamed("SESSION").getValue()).as("a new session id")
				.isNotEqualTo(signedOutSession);
			assertThat(latestKnownAddress()).as("this address is known to the sign-in throttle").isAfter(knownBefore);
			assertThat(driver.findElement(By.cssSelector(".passkey-list")).getText()).contains("last used to sign in");
			open("/today");
			assertThat(driver.getCurrentUrl()).contains("/today");

			open("/account");
			driver.findElement(By.cssSelector(".passkey form button[type=submit]")).click();
			waitForUrl("passkeyRemoved");
			assertThat(driver.findElements(By.cssSelector(".passkey"))).isEmpty();

			// Her phone still holds it, but the app no longer knows it.
			driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
			waitForUrl("signedOut");
			open("/login");
			driver.findElement(By.cssSelector(".js-passkey-sign-in button")).click();
			assertThat(waitFor(By.cssSelector("#passkey-error:not([hidden])")).getText())
				.contains("Signing in with a passkey did not work");
			assertThat(driver.getCurrentUrl()).contains("/login");
		}
		finally {
			driver.removeVirtualAuthenticator(phone);
		}
	}

	private Instant latestKnownAddress() {
		return jdbc.queryForObject("select max(last_success_at) from sign_in_known_address", OffsetDateTime.class)
			.toInstant();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
