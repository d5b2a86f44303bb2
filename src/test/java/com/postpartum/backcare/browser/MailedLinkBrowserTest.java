package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.postpartum.backcare.TestMailServer;

/**
 * Journey 3, the links we mail her, read from a real SMTP server (in-process): she forgot her
 * password, asks for a link, sets a new password and is back in with her history; she moves her
 * account to a new email address and signs in with it.
 */
class MailedLinkBrowserTest extends BrowserSupport {

	@RegisterExtension
	static final GreenMailExtension smtp = TestMailServer.start();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.sendTo(smtp, registry);
	}

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/reset-password\\?token=[A-Za-z0-9_-]{43})");

	@Test
	void sheForgetsHerPasswordAndGetsBackInWithHerHistory() throws Exception {
		driver.manage().deleteAllCookies();
		String answer = answerTheIntake();
		String email = registerInBrowser("forgot", "tea while the baby naps");
		driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
		waitForUrl("signedOut");

		open("/login");
		driver.findElement(By.linkText("Forgotten your password?")).click();
		waitForUrl("/forgot-password");
		assertNoAccessibilityViolations("forgot-password page");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/forgot-password/sent");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check your email");
		screenshot("forgot-password-sent");
		assertNoAccessibilityViolations("check-your-email page");

		assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		Matcher link = LINK.matcher(TestMailServer.plainText(mail));
		assertThat(link.find()).isTrue();

		open(link.group(1));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("For the account of " + email);
		screenshot("reset-password");
		assertNoAccessibilityViolations("reset-password page");
		assertNoSidewaysScrollAt(320);
		driver.findElement(By.id("password")).sendKeys("short");
		driver.findElement(By.id("confirmPassword")).sendKeys("short");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.cssSelector(".error-summary"));
		assertNoAccessibilityViolations("reset-password page with errors");
		driver.findElement(By.id("password")).sendKeys("owls hoot over the quiet allotment");
		driver.findElement(By.id("confirmPassword")).sendKeys("owls hoot over the quiet allotment");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/account?passwordReset");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Your new password is set")
			.contains("Signed in as " + email);
		assertThat(driver.findElements(By.cssSelector("a[href='" + answer.substring(answer.indexOf("/assessments/")) + "']")))
			.as("her answer from before is still hers").hasSize(1);

		open(link.group(1));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This link no longer works");
		assertNoAccessibilityViolations("used-link page");
	}

	@Test
	void sheMovesHerAccountToANewAddress() throws Exception {
		driver.manage().deleteAllCookies();
		String password = "cocoa by the window at dawn";
		String old = registerInBrowser("moving", password);
		String fresh = "moved-" + java.util.UUID.randomUUID() + "@example.com";
		open("/account");
		driver.findElement(By.id("newEmail")).sendKeys(fresh);
		driver.findElement(By.id("email-currentPassword")).sendKeys("not my password at all");
		driver.findElement(By.cssSelector("form[action='/account/email'] button")).click();
		assertThat(waitFor(By.id("email-currentPassword-error")).getText()).contains("That is not your password now");
		assertNoAccessibilityViolations("account page with a wrong password for the email change");
		driver.findElement(By.id("email-currentPassword")).sendKeys(password);
		driver.findElement(By.cssSelector("form[action='/account/email'] button")).click();
		waitForUrl("emailLinkSent");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("We have emailed a link to the new address");

		String path = TestMailServer.linkIn(TestMailServer.awaitMailTo(smtp, fresh),
				Pattern.compile("http://localhost:8080(/confirm-email\\?token=[A-Za-z0-9_-]{43})"));
		open(path);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Make " + fresh + " the email address");
		screenshot("confirm-email");
		assertNoAccessibilityViolations("confirm-email page");
		assertNoSidewaysScrollAt(320);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/login?emailChanged");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Your email address is changed");
		assertNoAccessibilityViolations("sign-in page after the change of email");

		driver.findElement(By.id("email")).sendKeys(fresh);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form[action='/login'] button[type=submit]")).click();
		waitForUrl("/account");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Signed in as " + fresh);
		assertThat(TestMailServer.plainText(TestMailServer.awaitMailTo(smtp, old))).contains(fresh);

		open(path);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This link no longer works");
		assertNoAccessibilityViolations("used email link page");
	}

}
