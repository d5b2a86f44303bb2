package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.postpartum.backcare.catalogue.Exercise;
import com.postpartum.backcare.catalogue.ExerciseRepository;

/**
 * The exercise figures in a real browser (docs/content-guide.md, "Illustration"): the contact
 * sheet at desktop width, saved whole and figure by figure under
 * target/screenshots/illustrations/ for a person to look at all of them at once; axe-core on the
 * sheet and on an exercise page; and with reduced motion the still pair instead of the movement.
 */
class IllustrationsBrowserTest extends BrowserSupport {

	static final Path ILLUSTRATIONS = SCREENSHOTS.resolve("illustrations");

	static final Dimension DESKTOP = new Dimension(1280, 900);

	@Autowired
	ExerciseRepository exercises;

	@AfterEach
	void backToAPhoneWithoutEmulation() {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		driver.manage().window().setSize(PHONE);
	}

	@Test
	void theContactSheetShowsEveryFigureIsAccessibleAndIsSavedWholeAndFigureByFigure() throws IOException {
		driver.manage().window().setSize(DESKTOP);
		open("/exercises?view=pictures");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Exercise figures");
		List<WebElement> items = driver.findElements(By.cssSelector(".contact-sheet > li"));
		assertThat(items).hasSize((int) exercises.count());
		Files.createDirectories(ILLUSTRATIONS);
		Files.write(ILLUSTRATIONS.resolve("contact-sheet.png"), fullPage());
		assertNoAccessibilityViolations("contact sheet");
		// Each figure at twice the pixels, so a person can look closely at one pose.
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", DESKTOP.getWidth(), "height",
				DESKTOP.getHeight(), "deviceScaleFactor", 2, "mobile", false));
		for (Exercise exercise : exercises.findAll()) {
			WebElement item = driver.findElement(By.id("sheet-" + exercise.getSlug()));
			WebElement figure = item.findElement(By.cssSelector("figure.exercise-figure"));
			WebElement svg = figure.findElement(By.cssSelector("svg.figure-still"));
			assertThat(svg.isDisplayed()).as(exercise.getSlug()).isTrue();
			assertThat(svg.getSize().getWidth()).as(exercise.getSlug()).isGreaterThan(250);
			// What a screen reader hears: the SVG's title (the name) and its description of the movement.
			assertThat(svg.getAccessibleName()).as(exercise.getSlug()).startsWith(exercise.getName() + " ")
				.contains(": ").contains("Coloured where it works: ");
			Files.write(ILLUSTRATIONS.resolve(exercise.getSlug() + ".png"), elementShot(figure));
		}
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		assertNoSidewaysScrollAt(320);
	}

	@Test
	void anExercisePageWithItsMovingFigureIsAccessible() {
		open("/exercises/adductor-squeeze");
		WebElement moving = driver.findElement(By.cssSelector(".exercise-figure svg.figure-motion"));
		assertThat(moving.isDisplayed()).isTrue();
		assertThat(moving.findElements(By.cssSelector(".figure-ball"))).isNotEmpty();
		assertNoAccessibilityViolations("exercise page with its figure");
	}

	@Test
	void withReducedMotionTheStillPairReplacesTheMovingFigure() {
		open("/exercises/glute-bridge");
		assertThat(display(".exercise-figure .figure-motion")).isEqualTo("block");
		assertThat(display(".exercise-figure .figure-still")).isEqualTo("none");

		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
		open("/exercises/glute-bridge");
		assertThat(display(".exercise-figure .figure-motion")).isEqualTo("none");
		assertThat(display(".exercise-figure .figure-still")).isEqualTo("block");
		assertThat(driver.findElement(By.cssSelector(".exercise-figure .figure-still")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector(".exercise-figure .figure-still .figure-arrow"))).isNotNull();

		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		open("/exercises/glute-bridge");
		assertThat(display(".exercise-figure .figure-motion")).isEqualTo("block");
		assertThat(display(".exercise-figure .figure-still")).isEqualTo("none");
	}

	private String display(String selector) {
		return (String) ((JavascriptExecutor) driver).executeScript(
				"return getComputedStyle(document.querySelector(arguments[0])).display;", selector);
	}

	/** The whole page, not just the window: Chrome's own screenshot beyond the viewport. */
	private byte[] fullPage() {
		Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
		Number height = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
		return capture(Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1));
	}

	/**
	 * One element, whole: chromedriver's element screenshot cut a figure low in the window to
	 * its visible part, so the element's box in the page is captured beyond the viewport.
	 */
	@SuppressWarnings("unchecked")
	private byte[] elementShot(WebElement element) {
		Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
				"var r = arguments[0].getBoundingClientRect();"
						+ "return {x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height};",
				element);
		return capture(Map.of("x", box.get("x"), "y", box.get("y"), "width", box.get("width"), "height",
				box.get("height"), "scale", 1));
	}

	private byte[] capture(Map<String, Object> clip) {
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		return Base64.getDecoder().decode((String) shot.get("data"));
	}

}
