package com.postpartum.backcare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.postpartum.backcare.BackcareApplication;
import com.postpartum.backcare.browser.RoutingProxy.Backend;
import com.postpartum.backcare.browser.RoutingProxy.Served;

/**
 * Passkeys work across instances (docs/architecture.md, "Passkeys"): two instances of the app
 * share one database behind a proxy that sends every ceremony's "options" request to instance
 * A and the request completing it to instance B. B finds the challenge A kept in her session
 * only because the session lives in the shared database (Spring Session JDBC). She registers
 * with a password, adds a passkey, signs out and signs in with the passkey alone, all through
 * the proxy, whose origin is the one her passkey is bound to.
 * <p>
 * The instances are started here rather than by {@code @SpringBootTest}, which runs one.
 */
class PasskeyTwoInstancesBrowserTest {

	/** The ceremonies' two halves: Spring Security's WebAuthn endpoints that passkeys.js calls. */
	private static final Set<String> OPTIONS = Set.of("/webauthn/register/options", "/webauthn/authenticate/options");

	private static final Set<String> COMPLETIONS = Set.of("/webauthn/register", "/login/webauthn");

	@BeforeAll
	static void chromium() {
		BrowserSupport.requireChromium();
	}

	@Test
	void aPasskeyAddedAndUsedAcrossTwoInstancesSignsHerIn() throws Exception {
		String database = "jdbc:h2:mem:passkeys-two-instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		// Closed in reverse order, also when a step fails: B, A, the proxy, the database.
		try (AutoCloseable dropDatabase = () -> shutDown(database);
				RoutingProxy proxy = new RoutingProxy();
				ConfigurableApplicationContext a = instance(database, proxy.port());
				ConfigurableApplicationContext b = instance(database, proxy.port())) {
			Backend instanceA = new Backend("A", port(a));
			Backend instanceB = new Backend("B", port(b));
			AtomicInteger turn = new AtomicInteger();
			proxy.start(path -> {
				if (OPTIONS.contains(path)) {
					return instanceA;
				}
				if (COMPLETIONS.contains(path)) {
					return instanceB;
				}
				// Her pages alternate too, so every step relies on the shared session.
				return turn.getAndIncrement() % 2 == 0 ? instanceA : instanceB;
			});

			ChromeDriver driver = BrowserSupport.newChromium();
			try {
				String email = addAPasskeyAndSignInWithIt(driver, "http://localhost:" + proxy.port());
				assertThat(driver.findElement(By.tagName("main")).getText()).contains("Signed in as " + email);
			}
			finally {
				driver.quit();
			}

			assertThat(proxy.served()).as("the ceremonies' requests, by the instance that answered")
				.filteredOn(served -> OPTIONS.contains(served.path()) || COMPLETIONS.contains(served.path()))
				.extracting(Served::backend, Served::method, Served::path, Served::status)
				.containsExactly(tuple("A", "POST", "/webauthn/register/options", 200),
						tuple("B", "POST", "/webauthn/register", 200),
						tuple("A", "POST", "/webauthn/authenticate/options", 200),
						tuple("B", "POST", "/login/webauthn", 200));
			assertThat(proxy.served()).as("her pages, by the instance that answered")
				.filteredOn(served -> !OPTIONS.contains(served.path()) && !COMPLETIONS.contains(served.path()))
				.extracting(Served::backend)
				.contains("A", "B");
		}
	}

	/** The journey through the proxy at {@code origin}; her email. */
	private static String addAPasskeyAndSignInWithIt(ChromeDriver driver, String origin) {
		VirtualAuthenticator phone = driver.addVirtualAuthenticator(BrowserSupport.phoneWithFingerprint());
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		String email = "two-instances-" + UUID.randomUUID() + "@example.com";
		String password = "cuddles before the school run";
		driver.get(origin + "/register");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("confirmPassword")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/account"));

		driver.findElement(By.id("passkey-label")).sendKeys("My phone");
		driver.findElement(By.cssSelector(".js-passkey-add button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("passkeyAdded"));
		assertThat(phone.getCredentials()).as("the passkey on her phone").hasSize(1);

		driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("signedOut"));
		driver.get(origin + "/login");
		driver.findElement(By.cssSelector(".js-passkey-sign-in button")).click();
		wait.until(ExpectedConditions.urlContains("/account"));
		assertThat(driver.getCurrentUrl()).as("still on the proxy's origin").startsWith(origin + "/");
		return email;
	}

	/**
	 * One instance on a free port, on the shared database, trusting the proxy's
	 * {@code X-Forwarded-*} headers as in production, and accepting passkeys for the proxy's
	 * origin, which is what the browser sees. Command-line arguments, since they outrank the
	 * test's application.properties.
	 */
	private static ConfigurableApplicationContext instance(String database, int proxyPort) {
		return new SpringApplicationBuilder(BackcareApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--server.forward-headers-strategy=native",
				"--app.passkeys.rp-id=localhost", "--app.passkeys.origins=http://localhost:" + proxyPort,
				"--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext instance) {
		return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/** The in-memory database outlives both instances (DB_CLOSE_DELAY=-1); the test JVM need not carry it. */
	private static void shutDown(String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
	}

}
