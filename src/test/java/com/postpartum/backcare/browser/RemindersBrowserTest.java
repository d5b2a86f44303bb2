package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Her reminders on /account in a real Chromium: her device's time zone chosen for her by the
 * page's script, days and time set and saved, a mistake explained, her calendar address made;
 * axe-core on each state of the page.
 */
class RemindersBrowserTest extends BrowserSupport {

	private static final String PASSWORD = "kettle songs before the school run";

	@Test
	void sheSetsHerDaysAndTimeAndGetsHerCalendarAddress() {
		driver.manage().deleteAllCookies();
		// Her phone is in Madrid: the script reads the zone from Intl.
		driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Madrid"));
		registerInBrowser("reminders", PASSWORD);
		answerTheIntake();
		open("/account");
		assertThat(new Select(driver.findElement(By.id("reminder-zone"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("Europe/Madrid");
		assertThat(section()).contains("Not saved yet");
		assertNoAccessibilityViolations("account page with reminders not yet saved");

		// No day ticked: the form says so and keeps the rest.
		untickEveryDay();
		driver.findElement(By.cssSelector("form[action='/account/reminders'] button")).click();
		assertThat(waitFor(By.id("days-error")).getText()).contains("Choose at least one day");
		assertNoAccessibilityViolations("account page with a reminder mistake");

		untickEveryDay();
		driver.findElement(By.cssSelector("label[for='day-TUESDAY']")).click();
		driver.findElement(By.cssSelector("label[for='day-SATURDAY']")).click();
		// The time as a 24-hour value: what any browser's time field sends.
		WebElement time = driver.findElement(By.id("reminder-time"));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = '07:30';", time);
		driver.findElement(By.cssSelector("form[action='/account/reminders'] button")).click();
		waitForUrl("remindersSaved");
		assertThat(section()).contains("Your reminders are saved").doesNotContain("Not saved yet");
		assertThat(driver.findElement(By.id("day-TUESDAY")).isSelected()).isTrue();
		assertThat(driver.findElement(By.id("day-SATURDAY")).isSelected()).isTrue();
		assertThat(driver.findElement(By.id("day-MONDAY")).isSelected()).isFalse();
		assertThat(driver.findElement(By.id("reminder-time")).getAttribute("value")).isEqualTo("07:30");
		assertNoAccessibilityViolations("account page with reminders saved");

		driver.findElement(By.cssSelector("form[action='/account/calendar-link'] button")).click();
		WebElement address = waitFor(By.id("calendar-address"));
		assertThat(address.getAttribute("value")).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(driver.findElement(By.id("calendar-subscribe")).getAttribute("href")).startsWith("webcal://");
		assertNoAccessibilityViolations("account page with a new calendar address");
		assertNoSidewaysScrollAt(320);
		screenshot("account-reminders");
	}

	private void untickEveryDay() {
		for (WebElement day : driver.findElements(By.cssSelector("input[name='days']"))) {
			if (day.isSelected()) {
				driver.findElement(By.cssSelector("label[for='" + day.getAttribute("id") + "']")).click();
			}
		}
	}

	private String section() {
		return driver.findElement(By.id("reminders")).getText();
	}

}
