package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The installed app and dark mode (docs/architecture.md, "Installing the app and dark mode"):
 * Chromium accepts the manifest, and every main page passes axe-core in both colour schemes.
 * The scheme is Chromium's own media emulation, and each page proves it took: the media query
 * matches and the page's background really is the scheme's.
 */
class InstallAndDarkModeBrowserTest extends BrowserSupport {

	/** app.css --bg in each scheme, as the browser computes it. */
	private static final String LIGHT_BACKGROUND = "rgb(251, 250, 247)";

	private static final String DARK_BACKGROUND = "rgb(18, 24, 22)";

	private enum Scheme {
		LIGHT, DARK
	}

	@AfterEach
	void backToTheUsualScheme() {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
	}

	@Test
	void everyMainPagePassesAxeInBothSchemes() {
		driver.manage().deleteAllCookies();
		List<String> signedOut = List.of("/", "/exercises", "/exercises/glute-bridge", "/intake", "/login",
				"/register");
		for (String page : signedOut) {
			checkBothSchemes(page);
		}
		checkBothSchemes(answerTheIntake());

		registerInBrowser("dark", "a walk round the park");
		answerTheIntake();
		checkBothSchemes("/account");
		checkBothSchemes("/today");
		// The player and its figure in the dark, then a session saved so /progress draws its chart.
		open("/today");
		driver.findElement(By.cssSelector("label[for='painBefore-3']")).click();
		driver.findElement(By.cssSelector("form.today-start button[type=submit]")).click();
		waitFor(By.cssSelector(".timer-status"));
		checkBothSchemes("/today");
		scrollTo(".player");
		screenshot("dark-today-player");
		driver.findElement(By.cssSelector("label[for='painAfter-2']")).click();
		driver.findElement(By.cssSelector("form.today-session button[type=submit]")).click();
		waitForUrl("saved");
		checkBothSchemes("/progress");
		assertThat(driver.findElements(By.cssSelector("svg.pain-chart"))).as("the chart is drawn").hasSize(1);
		assertThat(computed("svg.pain-chart .line-before", "stroke")).as("the chart's line follows the scheme")
			.isEqualTo("rgb(255, 155, 145)");
		scrollTo("svg.pain-chart");
		screenshot("dark-progress");
	}

	@Test
	void theFiguresAreRepaintedForTheDark() {
		open("/exercises/glute-bridge");
		scheme(Scheme.LIGHT);
		assertThat(computed(".figure [stroke='#2f4f46']", "stroke")).isEqualTo("rgb(47, 79, 70)");
		scheme(Scheme.DARK);
		assertThat(computed(".figure [stroke='#2f4f46']", "stroke")).as("the near side, light on the dark page")
			.isEqualTo("rgb(211, 230, 221)");
		assertThat(computed(".figure [fill='#2f4f46']", "fill")).as("the head").isEqualTo("rgb(211, 230, 221)");
		assertThat(computed(".figure [stroke='#7d766b']", "stroke")).as("the floor").isEqualTo("rgb(162, 155, 142)");
		screenshot("dark-exercise");
		open("/intake");
		scrollTo(".scale");
		screenshot("dark-intake");
		open("/");
		screenshot("dark-home");
	}

	/**
	 * Chromium itself reads the manifest with no error and finds nothing missing for installing
	 * the app (this Chromium no longer asks for a service worker; the offline work adds one).
	 */
	@Test
	@SuppressWarnings("unchecked")
	void chromiumReadsTheManifestWithoutComplaint() {
		open("/");
		Map<String, Object> manifest = driver.executeCdpCommand("Page.getAppManifest", Map.of());
		assertThat((String) manifest.get("url")).endsWith("/manifest.webmanifest");
		assertThat((List<Object>) manifest.get("errors")).as("manifest errors").isEmpty();
		Map<String, Object> installability = driver.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
		assertThat((List<Object>) installability.get("installabilityErrors")).as("installability errors").isEmpty();
	}

	/** Light first, then dark: axe-core on both, after proving the scheme is the one asked for. */
	private void checkBothSchemes(String page) {
		for (Scheme scheme : Scheme.values()) {
			scheme(scheme);
			open(page);
			assertThat(script("return matchMedia('(prefers-color-scheme: dark)').matches;"))
				.as(page + " in " + scheme).isEqualTo(scheme == Scheme.DARK);
			assertThat(computed("body", "background-color")).as(page + " background in " + scheme)
				.isEqualTo(scheme == Scheme.DARK ? DARK_BACKGROUND : LIGHT_BACKGROUND);
			assertNoAccessibilityViolations(page + " in the " + scheme.name().toLowerCase() + " scheme");
		}
	}

	private static void scheme(Scheme scheme) {
		List<Map<String, String>> features = new ArrayList<>();
		features.add(Map.of("name", "prefers-color-scheme", "value", scheme.name().toLowerCase()));
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", features));
	}

	private static void scrollTo(String selector) {
		script("document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });", selector);
	}

	private static String computed(String selector, String property) {
		return (String) script("return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
				selector, property);
	}

	private static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

}
