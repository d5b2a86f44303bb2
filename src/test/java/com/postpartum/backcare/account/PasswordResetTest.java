package com.postpartum.backcare.account;

import static com.postpartum.backcare.account.AccountPagesTest.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.MovableClock;
import com.postpartum.backcare.TestMailServer;
import com.postpartum.backcare.assessment.IntakePagesTestSupport;

/**
 * "Forgotten your password?" against a real SMTP server (GreenMail, in-process): the mail
 * arrives, its link works once and expires, an unknown email gets the same answer and no
 * mail, requests are limited, and setting the new password signs her out everywhere else and
 * in here, with her history kept. Each request comes from an address of its own, unless the
 * limit per address is what is tested.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:backcare-reset;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetTest {

	@RegisterExtension
	static final GreenMailExtension smtp = TestMailServer.start();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.sendTo(smtp, registry);
	}

	private static final Pattern LINK = Pattern
		.compile("http://localhost:8080(/reset-password\\?token=([A-Za-z0-9_-]{43}))");

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final String NEW_PASSWORD = "kites over the harbour wall";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MovableClock clock;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void herMailArrivesAndItsLinkSetsANewPasswordOnceSignsHerInHereAndOutEverywhereElse(CapturedOutput output)
			throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		String answer = phone.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		String email = phone.registerNewMother("forgetful");
		BrowserSession tablet = new BrowserSession(mvc);
		tablet.perform(post("/login").with(csrf()).with(from(newAddress())).param("email", email)
			.param("password", BrowserSession.PASSWORD)).andExpect(redirectedUrl("/account"));

		BrowserSession laptop = new BrowserSession(mvc);
		assertThat(page(laptop, "/login")).contains("href=\"/forgot-password\"").contains("Forgotten your password?");
		laptop.perform(get("/forgot-password")).andExpect(status().isOk());
		askForLink(laptop, email.toUpperCase(), newAddress());
		assertThat(page(laptop, "/forgot-password/sent")).contains("Check your email").contains("30 minutes");

		MimeMessage mail = awaitMailTo(email);
		assertThat(mail.getSubject()).isEqualTo("Set a new password for Back after baby");
		String text = TestMailServer.plainText(mail);
		String html = TestMailServer.html(mail);
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as("the link in the plain text:\n" + text).isTrue();
		String path = link.group(1);
		String token = link.group(2);
		assertThat(html).contains("href=\"http://localhost:8080" + path.replace("&", "&amp;") + "\"");

		// Opening the link (a mail scanner, or her) shows the form and uses nothing up.
		for (int i = 0; i < 2; i++) {
			laptop.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Referrer-Policy", "no-referrer"));
		}
		assertThat(page(laptop, path)).contains("For the account of " + email).contains("name=\"token\"");

		// A weak password is explained and stores nothing.
		String before = accounts.findByEmail(email).orElseThrow().getPasswordHash();
		String weak = laptop.perform(post("/reset-password").with(csrf()).param("token", token)
			.param("password", "1234567890").param("confirmPassword", "1234567890"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(weak).contains("common passwords").contains("Choose a new password");
		laptop.perform(post("/reset-password").with(csrf()).param("token", token)
			.param("password", NEW_PASSWORD).param("confirmPassword", "something else entirely"))
			.andExpect(status().isBadRequest());
		assertThat(accounts.findByEmail(email).orElseThrow().getPasswordHash()).isEqualTo(before);

		laptop.perform(post("/reset-password").with(csrf()).param("token", token)
			.param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account?passwordReset"));
		String account = page(laptop, "/account?passwordReset");
		assertThat(account).contains("Your new password is set").contains("Signed in as " + email)
			.as("her history is still hers").contains(answer);
		phone.perform(get("/today")).andExpect(redirectedUrl("/login"));
		tablet.perform(get("/today")).andExpect(redirectedUrl("/login"));

		// The link worked once.
		String again = laptop.perform(post("/reset-password").with(csrf()).param("token", token)
			.param("password", "another fine password here").param("confirmPassword", "another fine password here"))
			.andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("already been used").contains("href=\"/forgot-password\"");
		new BrowserSession(mvc).perform(get(path)).andExpect(status().isGone());

		assertThat(signIn(email, BrowserSession.PASSWORD)).isEqualTo("/login?error");
		assertThat(signIn(email, NEW_PASSWORD)).isEqualTo("/account");
		assertThat(output.getAll()).as("the token is never logged").doesNotContain(token);
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
		String known = newMother();
		String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
		BrowserSession browser = new BrowserSession(mvc);
		String forUnknown = browser.perform(post("/forgot-password").with(csrf()).with(from(newAddress()))
			.param("email", unknown)).andReturn().getResponse().getRedirectedUrl();
		String forKnown = browser.perform(post("/forgot-password").with(csrf()).with(from(newAddress()))
			.param("email", known)).andReturn().getResponse().getRedirectedUrl();
		assertThat(forUnknown).isEqualTo(forKnown).isEqualTo("/forgot-password/sent");
		// Letters go out in order: once hers is here, none was written for the unknown email.
		awaitMailTo(known);
		assertThat(recipients()).containsExactly(known);
	}

	@Test
	void anAddressThatCannotBeAnEmailIsExplained() throws Exception {
		String page = mvc.perform(post("/forgot-password").with(csrf()).with(from(newAddress()))
			.param("email", "not an email"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Enter your email address").contains("value=\"not an email\"")
			.contains("aria-invalid=\"true\"");
	}

	@Test
	void theLinkExpiresAfterThirtyMinutes() throws Exception {
		String email = newMother();
		askForLink(new BrowserSession(mvc), email, newAddress());
		String token = tokenIn(awaitMailTo(email));
		String before = accounts.findByEmail(email).orElseThrow().getPasswordHash();

		clock.advance(Duration.ofMinutes(29));
		mvc.perform(get("/reset-password").param("token", token)).andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(2));
		String page = mvc.perform(get("/reset-password").param("token", token))
			.andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("This link has expired").contains("href=\"/forgot-password\"");
		mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD)).andExpect(status().isGone());
		assertThat(accounts.findByEmail(email).orElseThrow().getPasswordHash()).isEqualTo(before);
	}

	@Test
	void aMissingOrUnknownTokenGetsAClearPageWithAWayToAskAgain() throws Exception {
		for (String query : new String[] { "", "?token=", "?token=abc", "?token=" + "A".repeat(43),
				"?token=%3Cscript%3E" }) {
			String page = mvc.perform(get("/reset-password" + query))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("We do not recognise this link").contains("href=\"/forgot-password\"")
				.doesNotContain("Exception");
		}
		mvc.perform(post("/reset-password").with(csrf()).param("password", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD)).andExpect(status().isBadRequest());
		mvc.perform(post("/reset-password").param("token", "A".repeat(43))).andExpect(status().isForbidden());
	}

	@Test
	void requestsAreLimitedPerEmail() throws Exception {
		String email = newMother();
		for (int i = 0; i < MailedLinkRequests.PER_EMAIL + 2; i++) {
			askForLink(new BrowserSession(mvc), email, newAddress());
		}
		String marker = newMother();
		askForLink(new BrowserSession(mvc), marker, newAddress());
		awaitMailTo(marker);
		assertThat(recipients().stream().filter(email::equals)).hasSize(MailedLinkRequests.PER_EMAIL);

		// After the hour she may ask again.
		clock.advance(MailedLinkRequests.WINDOW.plusMinutes(1));
		smtp.purgeEmailFromAllMailboxes();
		askForLink(new BrowserSession(mvc), email, newAddress());
		awaitMailTo(email);
	}

	@Test
	void requestsAreLimitedPerAddress() throws Exception {
		String address = newAddress();
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < MailedLinkRequests.PER_ADDRESS + 1; i++) {
			emails.add(newMother());
		}
		for (String email : emails) {
			askForLink(new BrowserSession(mvc), email, address);
		}
		String marker = newMother();
		askForLink(new BrowserSession(mvc), marker, newAddress());
		awaitMailTo(marker);
		assertThat(recipients()).hasSize(MailedLinkRequests.PER_ADDRESS + 1)
			.doesNotContain(emails.get(MailedLinkRequests.PER_ADDRESS));
	}

	@Test
	void twoPostsOfOneLinkAtOnceSetThePasswordOnce() throws Exception {
		String email = newMother();
		askForLink(new BrowserSession(mvc), email, newAddress());
		String token = tokenIn(awaitMailTo(email));
		String[] candidates = { "first pick of lovely words", "second pick of lovely words" };
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (String candidate : candidates) {
				Callable<Integer> post = () -> {
					start.await();
					return new BrowserSession(mvc).perform(post("/reset-password").with(csrf()).param("token", token)
						.param("password", candidate).param("confirmPassword", candidate))
						.andReturn().getResponse().getStatus();
				};
				answers.add(pool.submit(post));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(302, 410);
		}
		finally {
			pool.shutdownNow();
		}
		String hash = accounts.findByEmail(email).orElseThrow().getPasswordHash();
		assertThat(Arrays.stream(candidates).filter(candidate -> passwords.matches(candidate, hash))).hasSize(1);
	}

	@Test
	void usingOneLinkEndsHerOtherLinks() throws Exception {
		String email = newMother();
		askForLink(new BrowserSession(mvc), email, newAddress());
		askForLink(new BrowserSession(mvc), email, newAddress());
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		String first = tokenIn(smtp.getReceivedMessages()[0]);
		String second = tokenIn(smtp.getReceivedMessages()[1]);
		mvc.perform(post("/reset-password").with(csrf()).param("token", second).param("password", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD)).andExpect(redirectedUrl("/account?passwordReset"));
		mvc.perform(get("/reset-password").param("token", first)).andExpect(status().isBadRequest());
	}

	@Test
	void aMotherReadingSpanishGetsHerLetterInSpanish() throws Exception {
		String email = newMother();
		BrowserSession phone = new BrowserSession(mvc);
		phone.perform(get("/language").param("to", "es").param("next", "/forgot-password"));
		assertThat(page(phone, "/forgot-password")).contains("<html lang=\"es\"");
		askForLink(phone, email, newAddress());

		MimeMessage mail = awaitMailTo(email);
		assertThat(mail.getSubject()).isEqualTo("Elija una nueva contraseña para Back after baby");
		assertThat(TestMailServer.plainText(mail)).contains("30 minutos").doesNotContain("Someone");
		assertThat(TestMailServer.html(mail)).contains("lang=\"es\"");
	}

	private void askForLink(BrowserSession browser, String email, String address) throws Exception {
		browser.perform(post("/forgot-password").with(csrf()).with(from(address)).param("email", email))
			.andExpect(redirectedUrl("/forgot-password/sent"));
	}

	private String newMother() throws Exception {
		return new BrowserSession(mvc).registerNewMother("reset-" + NEXT.incrementAndGet());
	}

	private MimeMessage awaitMailTo(String email) throws Exception {
		return TestMailServer.awaitMailTo(smtp, email);
	}

	private List<String> recipients() throws Exception {
		return TestMailServer.recipients(smtp);
	}

	private static String tokenIn(MimeMessage mail) throws Exception {
		Matcher link = LINK.matcher(TestMailServer.plainText(mail));
		assertThat(link.find()).isTrue();
		return link.group(2);
	}

	private String signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from(newAddress())).param("email", email)
			.param("password", password)).andReturn().getResponse().getRedirectedUrl();
	}

	private String page(BrowserSession browser, String path) throws Exception {
		return browser.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private static String newAddress() {
		int n = NEXT.incrementAndGet();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

}
