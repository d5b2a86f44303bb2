package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * In the dev profile, with no mail server, her letters land in the outbox and a developer reads
 * them on /dev/outbox: the page passes axe-core like every other, and its link works.
 */
@ActiveProfiles("dev")
@TestPropertySource(properties = "app.mail.outbox=target/browser-outbox")
class OutboxBrowserTest extends BrowserSupport {

	@Test
	void aDeveloperReadsTheResetLetterAndFollowsItsLink() {
		driver.manage().deleteAllCookies();
		String email = registerInBrowser("outbox", "tea while the baby naps");
		driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
		waitForUrl("signedOut");
		open("/forgot-password");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/forgot-password/sent");

		// Letters are written in the background: the page shows hers once it is there.
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(browser -> {
			open("/dev/outbox");
			return browser.findElement(By.tagName("main")).getText().contains("To " + email);
		});
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Set a new password for Back after baby");
		screenshot("dev-outbox");
		assertNoAccessibilityViolations("development outbox page");
		assertNoSidewaysScrollAt(320);

		String link = driver.findElement(By.xpath("//article[contains(., '" + email + "')]//a[contains(@href, '/reset-password?token=')]"))
			.getAttribute("href");
		open(link.substring(link.indexOf("/reset-password")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("For the account of " + email);
	}

}
