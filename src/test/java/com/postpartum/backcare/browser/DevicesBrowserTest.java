package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Two browsers of hers: from her phone she changes her password and signs the tablet out. */
class DevicesBrowserTest extends BrowserSupport {

	private static final String PASSWORD = "pram wheels on wet leaves";

	private static final String NEW_PASSWORD = "lantern biscuits over the quiet harbour";

	@Test
	void fromHerPhoneSheSignsOutTheTabletAndChangesHerPassword() {
		driver.manage().deleteAllCookies();
		String email = registerInBrowser("two-browsers", PASSWORD);
		ChromeDriver tablet = newChromium();
		try {
			signIn(tablet, email, PASSWORD);
			tablet.get(url("/today"));
			assertThat(tablet.getCurrentUrl()).endsWith("/today");

			open("/account");
			assertThat(main()).contains("This device: signed in").contains("Another device: signed in");
			driver.findElement(By.cssSelector("form[action='/account/sign-out-others'] button")).click();
			waitForUrl("signedOutOthers");
			assertThat(main()).contains("You are now signed out on every other device")
				.doesNotContain("Another device");
			assertNoAccessibilityViolations("account page after signing out the others");

			tablet.get(url("/today"));
			assertThat(tablet.getCurrentUrl()).as("the tablet is sent to sign in").contains("/login");

			signIn(tablet, email, PASSWORD);
			open("/account");
			driver.findElement(By.id("currentPassword")).sendKeys("not the password at all");
			driver.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
			driver.findElement(By.id("confirmNewPassword")).sendKeys(NEW_PASSWORD);
			driver.findElement(By.cssSelector("form[action='/account/password'] button")).click();
			assertThat(waitFor(By.id("currentPassword-error")).getText()).contains("That is not your password now");
			assertNoAccessibilityViolations("account page with a wrong current password");

			driver.findElement(By.id("currentPassword")).sendKeys(PASSWORD);
			driver.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
			driver.findElement(By.id("confirmNewPassword")).sendKeys(NEW_PASSWORD);
			driver.findElement(By.cssSelector("form[action='/account/password'] button")).click();
			waitForUrl("passwordChanged");
			assertThat(main()).contains("Your password is changed");

			tablet.get(url("/today"));
			assertThat(tablet.getCurrentUrl()).as("a changed password signs the tablet out").contains("/login");
			signIn(tablet, email, NEW_PASSWORD);
			assertThat(tablet.getCurrentUrl()).contains("/today");
		}
		finally {
			tablet.quit();
		}
	}

	private void signIn(ChromeDriver browser, String email, String password) {
		browser.get(url("/login"));
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		// Back where she was sent from (her saved page), or her account page.
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String main() {
		return driver.findElement(By.tagName("main")).getText();
	}

}
