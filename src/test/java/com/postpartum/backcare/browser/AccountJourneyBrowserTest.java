package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Journey 3, its first part: answer the check, register, find the answer in her account. */
class AccountJourneyBrowserTest extends BrowserSupport {

	@Test
	void aMotherKeepsTheAnswerSheGaveBeforeRegistering() {
		driver.manage().deleteAllCookies();
		String answer = answerTheIntake();

		open("/register");
		assertNoAccessibilityViolations("register page");
		String email = registerInBrowser("browser", "tea while the baby naps");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Signed in as " + email);
		assertThat(driver.findElements(By.cssSelector("a[href='" + answer + "']")))
			.hasSize(1);
		screenshot("account");
		assertNoAccessibilityViolations("account page");
		assertNoSidewaysScrollAt(320);

		driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
		waitForUrl("signedOut");
		open("/login");
		assertNoAccessibilityViolations("sign-in page");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys("tea while the baby naps");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/account");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your account");
	}

}
