package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Journey 3 end to end: register → intake → /today → a hands-free session with the player → /progress. */
class DailySessionBrowserTest extends BrowserSupport {

	@Test
	void aMotherRunsASessionHandsFreeAndSeesItOnHerProgress() throws InterruptedException {
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
		assertThat(driver.findElement(By.id("speech-on")).isSelected()).as("spoken cues are off by default").isFalse();
		assertThat(driver.findElement(By.id("sound-on")).isSelected()).as("the beep is off by default").isFalse();
		assertNoAccessibilityViolations("today, guided session");

		// Phase 2's fourth and fifth exercises, clamshell and heel slide, are 2 sets each side:
		// one tap on Start runs both, side one then side two, with no tap between reps.
		for (int i = 0; i < 3; i++) {
			visible(".js-next").click();
		}
		assertThat(visible(".today-item h3").getText()).isEqualTo("Clamshell");
		recordWhatThePlayerShows();
		visible(".js-start").click();
		new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("done-4")).isSelected());
		assertThat(driver.findElement(By.id("done-3")).isSelected()).as("clamshell ticked done").isTrue();
		assertThat(driver.findElement(By.id("done-0")).isSelected()).as("an exercise it never ran").isFalse();
		List<String> counts = new ArrayList<>();
		for (int set = 0; set < 4; set++) {
			IntStream.rangeClosed(1, 10).forEach(rep -> counts.add(rep + " of 10"));
		}
		for (int set = 0; set < 4; set++) {
			IntStream.rangeClosed(1, 8).forEach(rep -> counts.add(rep + " of 8"));
		}
		assertThat(seen("counts")).as("every rep counted, each side of each set").startsWith(counts.toArray(String[]::new));
		assertThat(seen("places")).containsSubsequence("Set 1 of 2 · Side 1 of 2", "Set 1 of 2 · Side 2 of 2",
				"Set 2 of 2 · Side 1 of 2", "Set 2 of 2 · Side 2 of 2");
		assertThat(seen("phases")).contains("Move", "And release", "Change sides", "Rest", "Get ready");

		// It moved on by itself to supported toe taps: pause (space bar) and resume (button).
		assertThat(visible(".today-item h3").getText()).isEqualTo("Supported toe tap");
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> playerShows().contains(" of 8"));
		((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
		new Actions(driver).sendKeys(Keys.SPACE).perform();
		assertThat(status.getText()).startsWith("Paused");
		assertThat(visible(".js-pause").getText()).isEqualTo("Resume");
		String pausedAt = playerShows();
		Thread.sleep(1500);
		assertThat(playerShows())
			.as("30 player seconds later, nothing moved while paused").isEqualTo(pausedAt);
		assertThat(figureStopped()).as("the figure stops with the count").isTrue();
		screenshot("today-player-paused");
		assertNoAccessibilityViolations("today, the player paused mid-exercise");
		assertNoSidewaysScrollAt(320);
		assertNoSidewaysScrollAt(390);
		visible(".js-pause").click();
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> !pausedAt.equals(playerShows()));
		assertThat(visible(".js-pause").getText()).isEqualTo("Pause");
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !figureStopped());

		// "This hurts" stops everything, ticks hurt and offers the easier version.
		visible(".js-hurts").click();
		assertThat(status.getText()).startsWith("Stopped");
		assertThat(driver.findElement(By.id("hurt-5")).isSelected()).isTrue();
		assertThat(driver.findElement(By.id("done-5")).isSelected()).isFalse();
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Its easier version");
		String stoppedAt = playerShows();
		Thread.sleep(1000);
		assertThat(playerShows()).as("nothing counts on after it hurt").isEqualTo(stoppedAt);
		assertThat(visible(".js-start")).as("she may start again only by tapping Start").isNotNull();

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
		// The last exercise (a 5-minute walk) ends the session: focus goes to the pain-after question.
		while (visible(".js-next") != null) {
			visible(".js-next").click();
		}
		int last = driver.findElements(By.cssSelector(".today-item")).size() - 1;
		visible(".js-start").click();
		new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> d.findElement(By.id("done-" + last)).isSelected());
		WebElement status = driver.findElement(By.cssSelector(".timer-status"));
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> status.getText().startsWith("That was the last exercise"));
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("painAfter-field");
		assertThat(visible(".js-pause")).as("nothing left to pause").isNull();
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

	/** Keeps every text the player's counter, side line and phase show, however briefly. */
	private static void recordWhatThePlayerShows() {
		((JavascriptExecutor) driver).executeScript("window.playerSeen = { counts: [], places: [], phases: [] };"
				+ "[['counts', '.player-count'], ['places', '.player-where'], ['phases', '.player-phase']].forEach(function (w) {"
				+ "  new MutationObserver(function (records) { records.forEach(function (r) {"
				+ "    r.addedNodes.forEach(function (n) { var list = window.playerSeen[w[0]];"
				+ "      if (n.textContent && list[list.length - 1] !== n.textContent) { list.push(n.textContent); } }); }); })"
				+ "  .observe(document.querySelector(w[1]), { childList: true }); });");
	}

	/** The player's big display as one line: where, count, phase and countdown. */
	private static String playerShows() {
		return (String) ((JavascriptExecutor) driver).executeScript("return ['.player-where', '.player-count', "
				+ "'.player-phase', '.player-clock'].map(function (c) { return document.querySelector(c).textContent; }).join(' | ');");
	}

	@SuppressWarnings("unchecked")
	private static List<String> seen(String what) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.playerSeen[arguments[0]];", what);
	}

	private static WebElement visible(String css) {
		return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
	}

	/** Whether the current exercise's moving figure is stopped (SMIL's own clock paused). */
	private boolean figureStopped() {
		return (Boolean) ((JavascriptExecutor) driver).executeScript("var svg = document.querySelector("
				+ "'.today-item:not([hidden]) figure.exercise-figure svg.figure-motion');"
				+ "return svg.animationsPaused();");
	}

}
