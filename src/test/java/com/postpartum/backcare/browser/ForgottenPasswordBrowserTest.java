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
 * Journey 3, its second part: she forgot her password, asks for a link, reads her mail (from a
 * real SMTP server, in-process), sets a new password and is back in with her history.
 */
class ForgottenPasswordBrowserTest extends BrowserSupport {

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

}
