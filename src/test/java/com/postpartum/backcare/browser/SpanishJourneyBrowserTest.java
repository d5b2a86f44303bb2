package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;

/**
 * A Spanish-speaking mother's whole journey (docs/architecture.md, "Languages"): her phone speaks
 * Spanish, so every page she meets does, from home through an emergency answer, her routine, a
 * session with the player and her progress, without an English word on the way (the brand aside);
 * and on an English page, the header's switch brings the same page back in Spanish.
 */
class SpanishJourneyBrowserTest extends BrowserSupport {

	private static final String PASSWORD = "paseos lentos con el cochecito";

	/**
	 * Words of the English interface that no Spanish page may show, as whole words in any case.
	 * None is a Spanish word (so not "resume", "me" or "final"), nor in the English that the
	 * Spanish keeps on purpose: exercise names in brackets ("bird dog") and marked source titles.
	 */
	private static final List<String> ENGLISH_WORDS = List.of("Exercises", "Exercise", "Routines", "Routine", "Learn",
			"Sign in", "Sign out", "Register", "Start", "Today", "Progress", "Account", "pain", "Next", "Previous", "Skip",
			"Pause", "Paused", "Stop", "Stopped", "seconds", "second", "minutes", "sets", "set", "reps", "rep", "side",
			"Hold", "Rest", "Move", "Release", "Breathe", "Done", "Save", "Urgent", "help", "Something new or worse",
			"emergency", "week", "weeks", "day", "days", "phase", "back", "baby", "your", "you", "the", "and", "with",
			"of", "to", "is", "what", "why", "how", "Email", "Password", "Figure", "moving", "end", "Loading");

	/** An English article named in Spanish text, as the content cites it: «What's Really Causing…» (en inglés). */
	private static final Pattern CITED_IN_ENGLISH = Pattern.compile("«[^»]*» \\(en inglés\\)");

	private static final Pattern ENGLISH = Pattern.compile(ENGLISH_WORDS.stream()
		.map(Pattern::quote)
		.collect(Collectors.joining("|", "(?iU)\\b(?:", ")\\b")));

	/**
	 * Every word she may meet on the page, visible or said by a screen reader: text (hidden parts
	 * included: the player shows them later), the page title, accessible names, alternatives and
	 * SVG titles. Parts marked as another language (the switch's "English", a source's own title)
	 * are left out: they say so to her screen reader. The time zones on her account page are
	 * checked too: region and zone name in Spanish, the city as the tz database names it.
	 */
	private static final String WORDS_ON_THE_PAGE = """
			var out = [document.title];
			function foreign(el) { var marked = el.closest('[lang]'); return marked && !/^es\\b/.test(marked.lang); }
			var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
			  var el = walker.currentNode.parentElement;
			  if (el.closest('script, style, noscript, template') || foreign(el)) { continue; }
			  out.push(walker.currentNode.textContent);
			}
			document.querySelectorAll('[aria-label], [aria-description], [aria-roledescription], [title], [alt], '
			    + '[placeholder], input[type=submit], input[type=button], input[type=reset]').forEach(function (el) {
			  if (foreign(el)) { return; }
			  ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder'].forEach(function (name) {
			    if (el.hasAttribute(name)) { out.push(el.getAttribute(name)); } });
			  if (el.matches('input')) { out.push(el.value); }
			});
			return out.join('\\n');
			""";

	@BeforeAll
	static void herPhoneSpeaksSpanish() {
		// BrowserSupport's own Chromium speaks the machine's language; hers speaks Spanish.
		driver.quit();
		driver = newChromiumIn("es-ES,es");
	}

	@Test
	void aSpanishSpeakingMotherGoesFromHomeToHerProgressInSpanish() {
		open("/");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("¿Le duele la espalda después de tener a su bebé?");
		WebElement toEnglish = driver.findElement(By.cssSelector(".language-switch a"));
		assertThat(toEnglish.getText()).isEqualTo("English");
		assertThat(toEnglish.getAttribute("lang")).isEqualTo("en");
		checkSpanish("home");

		// A red flag: the emergency answer, in Spanish with the numbers, and no exercise.
		open("/intake");
		checkSpanish("intake");
		tick("rf-SADDLE_NUMBNESS");
		fillHealthyAnswers();
		submit();
		waitForUrl("/assessments/");
		assertThat(driver.findElements(By.cssSelector("main a[href*='/exercises/']"))).isEmpty();
		assertThat(main()).contains("llame ahora al número de emergencias", "112", "911", "999");
		assertThat(texts(".flags h3")).containsExactly("Adormecimiento en la zona de la silla de montar (entre las piernas)");
		screenshot("es-answer-emergency");
		checkSpanish("emergency answer");

		// No red flag: a phase 2 routine, each exercise by its Spanish name, each reason in Spanish.
		open("/intake");
		fillHealthyAnswers();
		submit();
		waitForUrl("/assessments/");
		assertThat(driver.findElement(By.id("routine-heading")).getText()).contains("Fase 2");
		List<String> names = texts(".routine-items h4 a");
		assertThat(names).hasSizeGreaterThan(3).first().isEqualTo("Respiración de conexión");
		assertThat(spanishExerciseNames()).containsAll(names);
		assertThat(texts(".routine-items .reason")).allSatisfy(reason -> assertThat(reason).startsWith("Por qué está aquí:"));
		screenshot("es-answer-routine");
		checkSpanish("routine answer");
		driver.findElement(By.linkText(names.get(2))).click();
		waitForUrl("/exercises/");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(names.get(2));
		assertThat(texts(".sources li")).as("its sources, English articles cited as such").isNotEmpty()
			.allSatisfy(source -> assertThat(source).matches(CITED_IN_ENGLISH));
		assertThat(driver.findElements(By.cssSelector(".sources li > cite[lang=en]"))).hasSameSizeAs(texts(".sources li"));
		checkSpanish("an exercise of her routine");

		// Her account keeps the answers she gave before registering.
		driver.findElement(By.linkText("Iniciar sesión")).click();
		waitForUrl("/login");
		checkSpanish("sign in");
		registerInBrowser("es-journey", PASSWORD);
		assertThat(texts("a[href^='/assessments/']")).hasSize(2)
			.anySatisfy(answer -> assertThat(answer).endsWith(": Pida ayuda ahora"))
			.anySatisfy(answer -> assertThat(answer).endsWith(": Rutina"));
		checkSpanish("account, just registered");
		driver.findElement(By.linkText("Hoy")).click();
		waitForUrl("/today");
		checkSpanish("today, before starting");
		driver.findElement(By.cssSelector("label[for='painBefore-4']")).click();
		driver.findElement(By.cssSelector("form.today-start button[type=submit]")).click();
		WebElement status = waitFor(By.cssSelector(".timer-status"));
		assertThat(visible(".today-item h3").getText()).isEqualTo("Respiración de conexión");

		// The player runs the breath and cat-cow on its own, every word it shows in Spanish.
		recordWhatThePlayerShows();
		visible(".js-start").click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("done-1")).isSelected());
		assertThat(seen()).contains("1 de 8", "8 de 8", "Tome aire", "Suelte el aire", "Prepárese", "Mantenga",
				"Y relaje", "Serie 1 de 1").anySatisfy(shown -> assertThat(shown).startsWith("Ejercicio 2 de "));
		assertThat(seen()).as("what the player showed and said").allSatisfy(this::assertNoEnglish);
		// While the player runs, the keys go to the focused Pause button, which Start focused and which
		// keeps the focus wherever the player goes: at test speed an exercise can end, and the page
		// scroll, between finding a button and clicking it. Paused, nothing moves, and a tap is safe.
		new Actions(driver).sendKeys(Keys.SPACE).perform();
		assertThat(status.getText()).startsWith("En pausa");
		assertThat(visible(".js-pause").getText()).isEqualTo("Continuar");
		screenshot("es-today-player-paused");
		checkSpanish("today, the player paused");
		visible(".js-pause").click();
		assertThat(visible(".js-pause").getText()).isEqualTo("Pausa");
		new Actions(driver).sendKeys(Keys.SPACE).perform();
		assertThat(status.getText()).startsWith("En pausa");
		visible(".js-hurts").click();
		assertThat(status.getText()).startsWith("Detenido");
		checkSpanish("today, stopped because it hurt");

		driver.findElement(By.cssSelector("label[for='painAfter-3']")).click();
		driver.findElement(By.cssSelector("form.today-session button[type=submit]")).click();
		waitForUrl("saved");
		checkSpanish("today, saved");
		driver.findElement(By.linkText("Progreso")).click();
		waitForUrl("/progress");
		assertThat(main()).contains("1 día seguido", "1 sesión hasta ahora");
		screenshot("es-progress");
		checkSpanish("progress");
		noEnglish.assertAll();
	}

	@Test
	void theSwitchInTheHeaderTurnsAnEnglishPageSpanishAtTheSameAddress() {
		ChromeDriver english = newChromiumIn("en-GB,en");
		try {
			String page = "/exercises?category=core&page=1";
			english.get("http://localhost:" + port + page);
			assertThat(english.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			WebElement toSpanish = english.findElement(By.cssSelector(".language-switch a"));
			assertThat(toSpanish.getText()).isEqualTo("Español");
			assertThat(toSpanish.getAttribute("lang")).isEqualTo("es");
			assertLangRulesPassed("English library", assertNoAccessibilityViolations(english, "English library"));

			toSpanish.click();
			new WebDriverWait(english, Duration.ofSeconds(10))
				.until(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
			assertThat(english.getCurrentUrl()).as("the same page, now in Spanish").endsWith(page);
			assertThat(english.findElement(By.tagName("h1")).getText()).isEqualTo("Biblioteca de ejercicios");
			assertThat(english.findElement(By.cssSelector(".language-switch a")).getAttribute("lang")).isEqualTo("en");
			assertLangRulesPassed("library after the switch",
					assertNoAccessibilityViolations(english, "library after the switch"));

			// The cookie keeps her choice on the next page, whatever the browser says.
			english.findElement(By.cssSelector("nav a[href='/routines']")).click();
			new WebDriverWait(english, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/routines"));
			assertThat(english.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
			assertThat(english.findElement(By.tagName("h1")).getText()).isEqualTo("Rutinas");
		}
		finally {
			english.quit();
		}
	}

	/** The page is in Spanish, marked so, and passes axe-core with the language rules among its passes. */
	private void checkSpanish(String page) {
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("es");
		assertNoEnglish(page, (String) ((JavascriptExecutor) driver).executeScript(WORDS_ON_THE_PAGE));
		assertLangRulesPassed(page, assertNoAccessibilityViolations(page));
	}

	private void assertNoEnglish(String text) {
		assertNoEnglish("the player", text);
	}

	/** Collected over the whole journey, so one run names every page's English at once. */
	private final SoftAssertions noEnglish = new SoftAssertions();

	private void assertNoEnglish(String page, String text) {
		List<String> leaks = new ArrayList<>();
		for (String line : text.replace("Back after baby", "").split("\n")) {
			Matcher english = ENGLISH.matcher(CITED_IN_ENGLISH.matcher(line).replaceAll(""));
			if (english.find()) {
				leaks.add("\"" + english.group() + "\" in: " + line.strip());
			}
		}
		noEnglish.assertThat(leaks).as(page + " shows English").isEmpty();
	}

	/** Where the page marks a language, axe-core checked it: the page's own and the switch's. */
	private static void assertLangRulesPassed(String page, Results results) {
		assertThat(results.getPasses().stream().map(Rule::getId)).as(page + ": axe-core's language rules")
			.contains("html-has-lang", "html-lang-valid", "valid-lang");
	}

	/** The names of content/es/exercises, each file's own "name:". */
	private static List<String> spanishExerciseNames() {
		Pattern name = Pattern.compile("^name: *\"?(.+?)\"?$", Pattern.MULTILINE);
		try (Stream<Path> files = Files.list(Path.of("content", "es", "exercises"))) {
			return files.map(file -> {
				try {
					Matcher found = name.matcher(Files.readString(file));
					return found.find() ? found.group(1) : file.toString();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void fillHealthyAnswers() {
		driver.findElement(By.id("weeksSinceBirth")).sendKeys("10");
		for (String id : new String[] { "delivery-VAGINAL", "clearedForExercise-YES", "painNow-2", "painTrend-IMPROVING",
				"painAreas-LOW_BACK", "abdominalSeparation-NO", "leakage-NONE" }) {
			tick(id);
		}
	}

	private static void tick(String id) {
		driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
	}

	private static void submit() {
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	private static String main() {
		return driver.findElement(By.tagName("main")).getText();
	}

	private static List<String> texts(String css) {
		return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	private static WebElement visible(String css) {
		return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
	}

	/** Keeps every text the player shows or says (its status line), however briefly. */
	private static void recordWhatThePlayerShows() {
		((JavascriptExecutor) driver).executeScript("window.playerSeen = [];"
				+ "['.player-where', '.player-count', '.player-phase', '.player-clock', '.timer-status'].forEach(function (c) {"
				+ "  new MutationObserver(function (records) { records.forEach(function (r) {"
				+ "    r.addedNodes.forEach(function (n) { if (n.textContent) { window.playerSeen.push(n.textContent); } }); }); })"
				+ "  .observe(document.querySelector(c), { childList: true }); });");
	}

	@SuppressWarnings("unchecked")
	private static List<String> seen() {
		return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.playerSeen;");
	}

}
