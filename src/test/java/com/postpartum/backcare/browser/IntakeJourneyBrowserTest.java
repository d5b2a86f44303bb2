package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Journey 2 in a real browser: the questionnaire, and each kind of answer page. */
class IntakeJourneyBrowserTest extends BrowserSupport {

	@Test
	void saddleNumbnessLeadsToTheEmergencyPageWithNoExerciseOnIt() {
		open("/intake");
		screenshot("intake-form");
		assertNoAccessibilityViolations("intake form");
		assertNoSidewaysScrollAt(320);
		tick("rf-SADDLE_NUMBNESS");
		fillHealthyAnswers(10);
		submit();
		waitForUrl("/assessments/");
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Please get help now");
		assertThat(driver.findElements(By.cssSelector("a[href*='/exercises']"))).isEmpty();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("999")
			.doesNotContain("Why it is here");
		screenshot("answer-emergency");
		assertNoAccessibilityViolations("emergency answer");
	}

	@Test
	void aHealthyTenWeekMotherGetsAPhaseTwoRoutineWhoseExerciseLinksOpen() {
		open("/intake");
		fillHealthyAnswers(10);
		submit();
		waitForUrl("/assessments/");
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("You can start gently");
		assertThat(driver.findElement(By.id("routine-heading")).getText()).contains("Phase 2");
		screenshot("answer-proceed");
		// Why phase 2 is said once, for the routine: each exercise's reason is about that exercise.
		String main = driver.findElement(By.tagName("main")).getText();
		assertThat(main.split("suits you", -1)).as("the phase's reason, once").hasSize(2);
		System.out.println("answer-proceed page height at " + PHONE.getWidth() + " px: " + pageHeight());
		assertNoAccessibilityViolations("proceed answer");
		List<WebElement> links = driver.findElements(By.cssSelector(".routine-items h4 a"));
		assertThat(links).hasSizeGreaterThan(3);
		String name = links.get(0).getText();
		links.get(0).click();
		waitForUrl("/exercises/");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
	}

	@Test
	void badAnswersAreShownNextToTheirFieldsAndAccessible() {
		open("/intake");
		driver.findElement(By.id("weeksSinceBirth")).sendKeys("abc");
		submit();
		assertThat(waitFor(By.cssSelector(".error-summary")).getText()).contains("Choose how your baby was born");
		assertThat(driver.findElement(By.id("weeksSinceBirth")).getAttribute("value")).isEqualTo("abc");
		assertThat(driver.findElement(By.id("weeksSinceBirth")).getAttribute("aria-invalid")).isEqualTo("true");
		screenshot("intake-errors");
		assertNoAccessibilityViolations("intake form with errors");
	}

	@Test
	void urgentAndClinicianReviewAnswersAreAccessible() {
		open("/intake");
		tick("rf-FEVER");
		fillHealthyAnswers(10);
		submit();
		waitForUrl("/assessments/");
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("today");
		assertThat(driver.findElements(By.cssSelector("a[href*='/exercises/']"))).isEmpty();
		screenshot("answer-urgent");
		assertNoAccessibilityViolations("urgent answer");

		open("/intake");
		fillHealthyAnswers(4);
		tick("clearedForExercise-NOT_YET_CHECKED");
		submit();
		waitForUrl("/assessments/");
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("clinician");
		assertThat(driver.findElement(By.id("routine-heading")).getText()).contains("Phase 1");
		screenshot("answer-clinician-review");
		assertNoAccessibilityViolations("clinician review answer");
	}

	@Test
	void somethingNewOrWorseIsOneTapFromAnyPage() {
		open("/exercises/glute-bridge");
		driver.findElement(By.linkText("Something new or worse?")).click();
		waitForUrl("/check");
		assertNoAccessibilityViolations("red-flag check");
		tick("rf-THOUGHTS_OF_HARM");
		submit();
		assertThat(waitFor(By.cssSelector(".crisis")).getText()).contains("You are not alone");
		assertNoAccessibilityViolations("crisis answer");
	}

	private void fillHealthyAnswers(int weeks) {
		driver.findElement(By.id("weeksSinceBirth")).sendKeys(String.valueOf(weeks));
		tick("delivery-VAGINAL");
		tick("clearedForExercise-YES");
		driver.findElement(By.cssSelector("label[for='painNow-2']")).click();
		tick("painTrend-IMPROVING");
		tick("painAreas-LOW_BACK");
		tick("abdominalSeparation-NO");
		tick("leakage-NONE");
	}

	private void tick(String id) {
		driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
	}

	private void submit() {
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

}
