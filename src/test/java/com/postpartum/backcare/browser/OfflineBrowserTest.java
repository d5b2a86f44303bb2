package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.postpartum.backcare.account.AccountRepository;
import com.postpartum.backcare.practice.PracticeSessionRepository;

/**
 * Her daily session with no signal (docs/architecture.md, "Offline"): the service worker is
 * installed and controls the page, /today and the player work offline from the last plan she
 * loaded, the finished session waits in the browser and is stored exactly once when the
 * connection is back, what cannot work offline says so in words, and signing out empties her
 * kept pages.
 */
class OfflineBrowserTest extends BrowserSupport {

	@Autowired
	AccountRepository accounts;

	@Autowired
	PracticeSessionRepository sessions;

	private static final Map<String, String> WORKER_SESSIONS = new java.util.HashMap<>();

	@AfterEach
	void online() {
		if (driver != null) {
			offline(false);
		}
	}

	@Test
	void aSessionDoneOfflineIsKeptSentWhenBackOnlineAndShownOnce() {
		String email = registeredWithARoutine("offline");
		open("/today");
		waitForTheServiceWorker();
		assertThat((String) script("return navigator.serviceWorker.controller.scriptURL;")).endsWith("/sw.js");
		assertThat((String) async("navigator.serviceWorker.getRegistration().then(r => done(r.scope));"))
			.isEqualTo("http://localhost:" + port + "/");
		// Installable: the manifest linked, a worker in control, and nothing Chromium finds missing.
		assertThat(driver.findElements(By.cssSelector("link[rel=manifest][href='/manifest.webmanifest']"))).hasSize(1);
		assertThat((java.util.List<?>) driver.executeCdpCommand("Page.getInstallabilityErrors", Map.of())
			.get("installabilityErrors")).as("installability errors").isEmpty();
		// Now through the worker: this copy of /today (and the library, in the background) is kept.
		open("/today");
		waitForKept("/exercises/");
		waitForKept("/today/offline?plan=");
		// Her progress as it is now, kept by the worker for later.
		open("/progress");

		offline(true);
		open("/today");
		assertThat(main()).contains("You are offline: this is the copy kept from your last visit");
		driver.findElement(By.cssSelector("label[for='painBefore-3']")).click();
		driver.findElement(By.cssSelector("form.today-start button[type=submit]")).click();
		waitFor(By.cssSelector(".timer-status"));
		assertNoAccessibilityViolations("today, a session started offline");
		// The player runs its first exercise by itself, at test speed.
		driver.findElements(By.cssSelector(".js-start")).stream().filter(e -> e.isDisplayed()).findFirst().orElseThrow()
			.click();
		new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("done-0")).isSelected());
		driver.findElement(By.cssSelector("label[for='painAfter-2']")).click();
		driver.findElement(By.cssSelector("form.today-session button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> main().contains("Saved on this phone. It will be sent when you are back online."));
		screenshot("today-saved-offline");
		assertNoAccessibilityViolations("today, saved offline");
		long accountId = accounts.findByEmail(email).orElseThrow().getId();
		assertThat(sessions.findHistory(accountId)).as("nothing reached the server while offline").isEmpty();

		// Offline, her progress is the last copy, and says so. (Going online in between would send
		// the session at once, from the page's online event.)
		open("/progress");
		assertThat(main()).contains("You are offline: this is the copy kept from your last visit", "No sessions yet");

		// Back online: the waiting session is sent (the online event, or the next page) and stored once.
		offline(false);
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> sessions.findHistory(accountId).size() == 1);
		open("/today");
		open("/progress");
		assertThat(main()).contains("1 session so far").doesNotContain("You are offline");
		assertThat(sessions.findHistory(accountId)).as("stored exactly once").hasSize(1);
		assertThat(async("indexedDB.open('backcare-unsent').onsuccess = e => e.target.result.transaction('sessions')"
				+ ".objectStore('sessions').count().onsuccess = c => done(c.target.result);"))
			.as("nothing left waiting").isEqualTo(0L);
	}

	@Test
	void whatCannotWorkOfflineSaysSoAndSigningOutEmptiesHerKeptPages() {
		registeredWithARoutine("signout");
		open("/today");
		waitForTheServiceWorker();
		for (String page : List.of("/today", "/progress", "/account")) {
			open(page);
		}
		waitForKept("/exercises/");
		waitForKept("/today/offline?plan=");
		assertThat(kept()).contains("/today", "/progress", "/account");

		// Signing out needs the server: offline, the offline page says so in words.
		offline(true);
		open("/account");
		driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
		waitFor(By.xpath("//h1[text()='You are offline']"));
		assertThat(main()).contains("signing out all need a connection");
		screenshot("offline-page");
		assertNoAccessibilityViolations("the offline page");
		assertThat(kept()).as("nothing changed: she is still signed in").contains("/today");

		// A day of pain 6 started offline gets the lighter session, as it would online.
		open("/today");
		driver.findElement(By.cssSelector("label[for='painBefore-6']")).click();
		driver.findElement(By.cssSelector("form.today-start button[type=submit]")).click();
		waitFor(By.cssSelector(".timer-status"));
		assertThat(main()).contains("today is the lighter session");
		assertNoAccessibilityViolations("today, a lighter session started offline");

		offline(false);
		open("/account");
		driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
		waitForUrl("signedOut");
		assertThat(kept()).as("her pages are gone, the library stays").doesNotContain("/today", "/progress", "/account")
			.noneMatch(address -> address.startsWith("/today/offline"))
			.anyMatch(address -> address.startsWith("/exercises/"));
	}

	@Test
	void afterSwitchingToSpanishWhatSheReadsOfflineIsSpanishAndSaysItIsACopy() {
		registeredWithARoutine("espanol");
		open("/today");
		waitForTheServiceWorker();
		open("/progress");
		open("/today");
		waitForKept("/exercises/glute-bridge");
		waitForKept("/today/offline?plan=");
		waitForKept("/progress");
		assertThat(keptLanguage("/exercises/glute-bridge")).as("kept in the browser's English first").isEqualTo("en");
		assertThat(keptLanguage("/progress")).isEqualTo("en");

		switchLanguage("es");
		try {
			keptInSpanish();
		}
		finally {
			// This browser and its worker are shared with the other tests, which read English.
			offline(false);
			open("/today");
			switchLanguage("en");
		}
	}

	private void switchLanguage(String to) {
		driver.findElement(By.cssSelector(".language-switch a[lang='" + to + "']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> to.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(driver.getCurrentUrl()).endsWith("/today");
	}

	private void keptInSpanish() {
		// The library is kept again in her language, in the background, whatever the browser's is.
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "es".equals(keptLanguage("/exercises/glute-bridge")));
		waitForKept("/today/offline?plan=");

		offline(true);
		open("/exercises/glute-bridge");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Puente de glúteos");
		assertThat(main()).contains("No tiene conexión: esta es la copia guardada de su última visita");
		open("/today");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertThat(main()).contains("No tiene conexión: esta es la copia guardada de su última visita");
		// Her progress, kept in English before the switch and not opened since, is not shown in
		// English: the offline page says, in Spanish, what works without a connection.
		open("/progress");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No tiene conexión");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertNoAccessibilityViolations("a kept page in Spanish, offline");
	}

	/** The language a kept page was stored in (its Content-Language), or null when none is kept. */
	private String keptLanguage(String address) {
		return (String) async("caches.keys().then(names => Promise.all(names.filter(n => n.startsWith('backcare-pages-'))"
				+ ".map(n => caches.open(n).then(c => c.match('" + address + "', { ignoreVary: true })))))"
				+ ".then(found => { var page = found.find(p => p); done(page ? page.headers.get('Content-Language') : null); });");
	}

	private String registeredWithARoutine(String prefix) {
		driver.manage().deleteAllCookies();
		String email = registerInBrowser(prefix, "a walk round the park");
		open("/intake");
		driver.findElement(By.id("weeksSinceBirth")).sendKeys("10");
		for (String id : new String[] { "delivery-VAGINAL", "clearedForExercise-YES", "painNow-3", "painTrend-IMPROVING",
				"abdominalSeparation-NO", "leakage-NONE" }) {
			driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
		}
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/assessments/");
		return email;
	}

	private void waitForTheServiceWorker() {
		assertThat(async("navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller ? done(true)"
				+ " : navigator.serviceWorker.addEventListener('controllerchange', () => done(true)));"))
			.isEqualTo(true);
	}

	/** Waits until the worker has kept a page whose address starts so (the library is kept in the background). */
	private void waitForKept(String prefix) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> kept().stream().anyMatch(a -> a.startsWith(prefix)));
	}

	/** The addresses the worker keeps as pages, without host. */
	@SuppressWarnings("unchecked")
	private List<String> kept() {
		return (List<String>) async("caches.keys().then(names => Promise.all(names.filter(n => n.startsWith("
				+ "'backcare-pages-')).map(n => caches.open(n).then(c => c.keys())))).then(lists => done([].concat("
				+ "...lists).map(r => new URL(r.url).pathname + new URL(r.url).search)));");
	}

	/**
	 * Takes the page and the service worker offline. ChromeDriver's network conditions reach the
	 * page only, so the worker's own fetches are emulated too, through its DevTools target.
	 */
	@SuppressWarnings("unchecked")
	private static void offline(boolean offline) {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(offline);
		driver.setNetworkConditions(conditions);
		Map<String, Object> targets = driver.executeCdpCommand("Target.getTargets", Map.of());
		for (Map<String, Object> target : (List<Map<String, Object>>) targets.get("targetInfos")) {
			if (!"service_worker".equals(target.get("type"))) {
				continue;
			}
			// One DevTools session per worker: conditions set in one session last as long as it does.
			String session = WORKER_SESSIONS.computeIfAbsent((String) target.get("targetId"),
					id -> (String) driver.executeCdpCommand("Target.attachToTarget", Map.of("targetId", id, "flatten", false))
						.get("sessionId"));
			for (String message : List.of("{\"id\":1,\"method\":\"Network.enable\"}",
					"{\"id\":2,\"method\":\"Network.emulateNetworkConditions\",\"params\":{\"offline\":" + offline
							+ ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}}")) {
				driver.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message", message));
			}
		}
	}

	private static String main() {
		return driver.findElement(By.tagName("main")).getText();
	}

	private static Object script(String script) {
		return ((JavascriptExecutor) driver).executeScript(script);
	}

	private static Object async(String script) {
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
		return ((JavascriptExecutor) driver)
			.executeAsyncScript("var done = arguments[arguments.length - 1];" + script);
	}

}
