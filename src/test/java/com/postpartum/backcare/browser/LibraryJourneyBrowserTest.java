package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.postpartum.backcare.catalogue.ExerciseRepository;

/** Journey 1 in a real browser: browse, filter, search, open an exercise, follow its easier version. */
class LibraryJourneyBrowserTest extends BrowserSupport {

	@Autowired
	ExerciseRepository exercises;

	@Test
	void aMotherBrowsesFiltersSearchesAndFollowsTheEasierVersion() {
		open("/");
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Back pain after having a baby");
		assertThat(driver.findElement(By.linkText("Urgent help")).isDisplayed()).isTrue();
		screenshot("home");
		assertNoAccessibilityViolations("home");
		assertNoSidewaysScrollAt(320);

		driver.findElement(By.linkText("Browse the exercise library")).click();
		waitForUrl("/exercises");
		assertThat(driver.findElement(By.id("result-count")).getText())
			.startsWith(exercises.count() + " exercises");
		screenshot("library");
		assertNoAccessibilityViolations("library");
		assertNoSidewaysScrollAt(320);

		driver.findElement(By.cssSelector(".more-filters summary")).click();
		new Select(driver.findElement(By.id("category"))).selectByVisibleText("Breathing");
		driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		waitForUrl("category=breathing");
		assertThat(cardTitles()).containsExactlyInAnyOrder("360 breathing", "Connection breath", "Rock back breathing");
		assertThat(new Select(driver.findElement(By.id("category"))).getFirstSelectedOption().getText())
			.isEqualTo("Breathing");

		driver.findElement(By.linkText("Clear filters")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("category="));
		WebElement search = driver.findElement(By.id("q"));
		search.sendKeys("bridge");
		search.submit();
		waitForUrl("q=bridge");
		assertThat(cardTitles()).isNotEmpty().allSatisfy(title -> assertThat(title.toLowerCase()).contains("bridge"));

		driver.findElement(By.linkText("Glute bridge")).click();
		waitForUrl("/exercises/glute-bridge");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Glute bridge");
		assertThat(driver.findElement(By.cssSelector("ol.steps")).findElements(By.tagName("li"))).hasSizeGreaterThan(2);
		screenshot("exercise");
		assertNoAccessibilityViolations("exercise page");
		assertNoSidewaysScrollAt(320);

		driver.findElement(By.cssSelector("a.easier-link")).click();
		waitForUrl("/exercises/pelvic-tilt");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pelvic tilt");
	}

	@Test
	void learnAndRoutinePagesAreAccessible() {
		open("/learn");
		assertNoAccessibilityViolations("learn list");
		WebElement firstPage = driver.findElements(By.cssSelector(".card h3 a")).get(0);
		String firstPageUrl = firstPage.getAttribute("href");
		firstPage.click();
		waitForUrl(firstPageUrl);
		assertThat(driver.findElement(By.cssSelector(".prose")).getText()).isNotBlank();
		screenshot("learn-page");
		assertNoAccessibilityViolations("learn page");

		open("/routines");
		assertNoAccessibilityViolations("routine list");
		open("/routines/phase-1-reconnect");
		assertThat(driver.findElements(By.cssSelector(".routine-items > li"))).hasSizeGreaterThan(3);
		assertThat(driver.findElement(By.cssSelector(".js-print")).isDisplayed()).isTrue();
		screenshot("routine");
		assertNoAccessibilityViolations("routine page");
		assertNoSidewaysScrollAt(320);
	}

	@Test
	void theNotFoundPageIsFriendlyAndAccessible() {
		open("/exercises/no-such-exercise");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("We could not find that page");
		assertNoAccessibilityViolations("not found page");
	}

	private List<String> cardTitles() {
		return driver.findElements(By.cssSelector(".exercise-card h2 a")).stream().map(WebElement::getText).toList();
	}

}
