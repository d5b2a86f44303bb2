package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Journey 3 end to end: register → intake → /today → a session with the timer → /progress. */
class DailySessionBrowserTest extends BrowserSupport {

	@Test
	void aMotherRunsASessionWithTheTimerAndSeesItOnHerProgress() {
		registeredWithARoutine("daily");

		driver.findElement(By.linkText("Today")).click();
		waitForUrl("/today");
		assertNoAccessibilityViolations("today, before starting");
		driver.findElement(By.cssSelector("label[for='painBefore-4']")).click();
		driver.findElement(By.cssSelector("form.today-start button[type=submit]")).click();
		WebElement status = waitFor(By.cssSelector(".timer-status"));
		assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
		assertThat(driver.findElements(By.cssSelector(".today-item")).stream().filter(WebElement::isDisplayed))
			.as("one exercise at a time").hasSize(1);
		screenshot("today-guided");
		assertNoAccessibilityViolations("today, guided session");

		// The first exercise of phase 2 is connection breath: reps without a hold, counted by tapping.
		visible(".js-start").click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> visible(".js-rep") != null);
		assertThat(status.getText()).contains("Set 1 of 1");
		while (visible(".js-rep") != null) {
			visible(".js-rep").click();
		}
		assertThat(status.getText()).startsWith("Done!");
		assertThat(driver.findElement(By.id("done-0")).isSelected()).isTrue();

		visible(".js-next").click();
		visible(".js-hurts").click();
		assertThat(status.getText()).startsWith("Stopped");
		assertThat(driver.findElement(By.id("hurt-1")).isSelected()).isTrue();

		driver.findElement(By.cssSelector("label[for='painAfter-3']")).click();
		driver.findElement(By.cssSelector("form.today-session button[type=submit]")).click();
		waitForUrl("saved");
		driver.findElement(By.linkText("Progress")).click();
		waitForUrl("/progress");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("1 day in a row", "1 session so far");
		screenshot("progress");
		assertNoAccessibilityViolations("progress page");
		assertNoSidewaysScrollAt(320);

		driver.findElement(By.linkText("Your account")).click();
		waitForUrl("/account");
		driver.findElement(By.linkText("Printable routine sheet")).click();
		waitForUrl("/account/routine-sheet");
		assertThat(driver.findElements(By.cssSelector(".routine-items > li"))).hasSizeGreaterThan(3);
		assertNoAccessibilityViolations("routine sheet");
		open("/today");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Today's session is done");
		assertNoAccessibilityViolations("today, after the session");
	}

	@Test
	void painOfNineBeforeStopsTheDayWithTheAdviceAndNoExerciseEvenWithJavaScript() {
		registeredWithARoutine("gate");
		open("/today");
		driver.findElement(By.cssSelector("label[for='painBefore-9']")).click();
		driver.findElement(By.cssSelector("form.today-start button[type=submit]")).click();
		waitFor(By.id("stopped-heading"));
		String main = driver.findElement(By.tagName("main")).getText();
		assertThat(main).contains("No session today", "You rated your pain 9 out of 10", "Very strong pain",
				"urgent care service today");
		assertThat(driver.findElements(By.cssSelector(".today-item, .timer-status, .js-start, input[name=done]")))
			.as("no exercise and no player").isEmpty();
		assertThat(driver.findElement(By.cssSelector("#main a[href='/check']")).isDisplayed()).isTrue();
		screenshot("today-stopped-for-pain");
		assertNoAccessibilityViolations("today, stopped for pain");
		assertNoSidewaysScrollAt(320);
	}

	@Test
	void painOfNineAfterTheGuidedSessionPutsTheAdviceFirst() {
		registeredWithARoutine("after");
		open("/today");
		driver.findElement(By.cssSelector("label[for='painBefore-3']")).click();
		driver.findElement(By.cssSelector("form.today-start button[type=submit]")).click();
		waitFor(By.cssSelector(".timer-status"));
		visible(".js-hurts").click();
		driver.findElement(By.cssSelector("label[for='painAfter-9']")).click();
		driver.findElement(By.cssSelector("form.today-session button[type=submit]")).click();
		waitForUrl("saved");
		WebElement first = driver.findElement(By.cssSelector("main > h1 + *"));
		assertThat(first.getText()).contains("Very strong pain", "Your pain after the session was 8 or more");
		assertThat(first.getAttribute("role")).isEqualTo("alert");
		screenshot("today-severe-after");
		assertNoAccessibilityViolations("today, pain 9 after");
	}

	/** A new mother, signed in, with a phase 2 routine from the intake. */
	private void registeredWithARoutine(String prefix) {
		driver.manage().deleteAllCookies();
		registerInBrowser(prefix, "a walk round the park");
		open("/intake");
		driver.findElement(By.id("weeksSinceBirth")).sendKeys("10");
		for (String id : new String[] { "delivery-VAGINAL", "clearedForExercise-YES", "painNow-3", "painTrend-IMPROVING",
				"abdominalSeparation-NO", "leakage-NONE" }) {
			driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
		}
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/assessments/");
	}

	private static WebElement visible(String css) {
		return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
	}

}
