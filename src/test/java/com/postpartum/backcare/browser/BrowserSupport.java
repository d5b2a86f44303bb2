package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A real headless Chromium, phone-sized, against the application on a random port. The
 * machine's Chromium and chromedriver are used as they are, so Selenium never downloads.
 * Without them the tests are skipped locally; with -Dbrowser.required=true (CI) they fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "backcare.player.speed=" + BrowserSupport.PLAYER_SPEED)
abstract class BrowserSupport {

	/** The session player counts this many times faster than real time, so a session takes seconds. */
	static final int PLAYER_SPEED = 20;

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final Dimension PHONE = new Dimension(390, 844);

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		requireChromium();
		driver = newChromium();
	}

	/** Skips the calling test class without Chromium, or fails it when the browser is required. */
	static void requireChromium() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			String message = "Chromium or chromedriver not found at " + CHROMIUM + " / " + CHROMEDRIVER
					+ ": install them with 'apt-get install -y chromium chromium-driver' (.ci/run does).";
			assertThat(Boolean.getBoolean("browser.required")).as(message).isFalse();
			Assumptions.abort("Browser tests skipped. " + message);
		}
	}

	/** Another headless, phone-sized Chromium with its own cookies: a second device of hers. */
	static ChromeDriver newChromium() {
		return newChromium(new ChromeOptions());
	}

	/**
	 * A phone set to these languages ("es-ES,es"): Chromium's own language and the Accept-Language
	 * it sends, as a phone in that language would.
	 */
	static ChromeDriver newChromiumIn(String languages) {
		ChromeOptions options = new ChromeOptions();
		options.addArguments("--lang=" + languages.split(",")[0]);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
		return newChromium(options);
	}

	private static ChromeDriver newChromium(ChromeOptions options) {
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=" + PHONE.getWidth() + "," + PHONE.getHeight());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/** Her phone, as Chromium's virtual authenticator: it keeps passkeys and always verifies her fingerprint. */
	static VirtualAuthenticatorOptions phoneWithFingerprint() {
		return new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	/** Registers a new mother through the form (which signs her in) and returns her email. */
	String registerInBrowser(String emailPrefix, String password) {
		open("/register");
		String email = emailPrefix + "-" + java.util.UUID.randomUUID() + "@example.com";
		driver.findElement(org.openqa.selenium.By.id("email")).sendKeys(email);
		driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
		driver.findElement(org.openqa.selenium.By.id("confirmPassword")).sendKeys(password);
		driver.findElement(org.openqa.selenium.By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/account");
		return email;
	}

	/** Answers the questionnaire as a healthy mother nine weeks after a caesarean; the address of the answer. */
	String answerTheIntake() {
		open("/intake");
		driver.findElement(org.openqa.selenium.By.id("weeksSinceBirth")).sendKeys("9");
		for (String id : new String[] { "delivery-CESAREAN", "clearedForExercise-YES", "painTrend-SAME",
				"abdominalSeparation-SMALL", "leakage-NONE" }) {
			driver.findElement(org.openqa.selenium.By.cssSelector("label[for='" + id + "']")).click();
		}
		driver.findElement(org.openqa.selenium.By.cssSelector("label[for='painNow-3']")).click();
		driver.findElement(org.openqa.selenium.By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/assessments/");
		String answer = driver.getCurrentUrl();
		return answer.substring(answer.indexOf("/assessments/"));
	}

	/** Waits for a click or submit to finish navigating; clicks do not always block until then. */
	void waitForUrl(String part) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

	/** Waits for an element of the next page, where a form posts back to the same address. */
	org.openqa.selenium.WebElement waitFor(org.openqa.selenium.By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	/** axe-core's answer for the page, which must have no violations: its passes say which rules ran. */
	Results assertNoAccessibilityViolations(String page) {
		return assertNoAccessibilityViolations(driver, page);
	}

	static Results assertNoAccessibilityViolations(ChromeDriver browser, String page) {
		// Our pages have no frames, so axe runs in one call (legacy mode: no partial runs per frame and
		// no blank window to finish them in), and only violations carry their nodes back; the passes
		// still name every rule that ran. About half the time per page (docs/performance.md).
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		Results results = new AxeBuilder().withOptions(options)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
			.setLegacyMode()
			.analyze(browser);
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(page + " has axe-core violations:\n" + describe(violations)).isEmpty();
		return results;
	}

	void assertNoSidewaysScrollAt(int width) {
		Dimension before = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(width, PHONE.getHeight()));
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		// Names the widest culprits, so a failure says what to fix.
		Object culprits = ((JavascriptExecutor) driver).executeScript("var w = document.documentElement.clientWidth;"
				+ "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)"
				+ ".slice(-5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');");
		driver.manage().window().setSize(before);
		assertThat(((Number) overflow).intValue()).as("horizontal overflow at " + width + " px: " + culprits)
			.isLessThanOrEqualTo(0);
	}

	/** The page's full height in CSS pixels at the phone's width: how far she scrolls. */
	long pageHeight() {
		return ((Number) ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight;")).longValue();
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes()
				.stream()
				.map(node -> String.valueOf(node.getTarget()))
				.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
