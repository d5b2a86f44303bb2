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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.TestMailServer;
import com.postpartum.backcare.MovableClock;
import com.postpartum.backcare.assessment.IntakePagesTestSupport;

/**
 * She changes her email on her account page, against a real SMTP server (GreenMail): the link
 * goes to the new address and changes nothing until it is used, once; the old address is told
 * when the change is asked and when it is made; a taken address is never revealed when asking.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:backcare-email-change;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class EmailChangeTest {

	@RegisterExtension
	static final GreenMailExtension smtp = TestMailServer.start();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.sendTo(smtp, registry);
	}

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/confirm-email\\?token=[A-Za-z0-9_-]{43})");

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	MovableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void theLinkToTheNewAddressChangesHerEmailOnceKeepsHerHistoryAndTellsTheOldAddress() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		String answer = phone.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String old = phone.registerNewMother("moving");
		BrowserSession tablet = new BrowserSession(mvc);
		tablet.signIn(old, BrowserSession.PASSWORD);
		String fresh = newEmail();
		String passkeyUser = UUID.randomUUID().toString();
		jdbc.update("insert into user_entities (id, name, display_name) values (?, ?, ?)", passkeyUser, old, old);

		phone.perform(ask(fresh.toUpperCase(), BrowserSession.PASSWORD)).andExpect(redirectedUrl("/account?emailLinkSent"));
		assertThat(phone.page("/account?emailLinkSent")).contains("We have emailed a link to the new address")
			.contains("Signed in as " + old);
		MimeMessage confirm = TestMailServer.awaitMailTo(smtp, fresh);
		assertThat(confirm.getSubject()).isEqualTo("Confirm your new email address for Back after baby");
		MimeMessage asked = TestMailServer.awaitMailTo(smtp, old);
		assertThat(TestMailServer.plainText(asked)).contains("change its email address to " + fresh)
			.contains("change your password now");
		String path = TestMailServer.linkIn(confirm, LINK);
		assertThat(accounts.findByEmail(old)).as("nothing changes before the link is used").isPresent();

		// Opening it (a mail scanner, or her, signed in or not) only asks.
		BrowserSession mailApp = new BrowserSession(mvc);
		for (int i = 0; i < 2; i++) {
			mailApp.perform(get(path)).andExpect(status().isOk()).andExpect(header().string("Referrer-Policy", "no-referrer"));
		}
		assertThat(mailApp.page(path)).contains("Make " + fresh + " the email address of your account, instead of " + old);

		String token = path.substring(path.indexOf('=') + 1);
		mailApp.perform(post("/confirm-email").with(csrf()).param("token", token)).andExpect(redirectedUrl("/login?emailChanged"));
		assertThat(mailApp.page("/login?emailChanged")).contains("Your email address is changed");

		assertThat(accounts.findByEmail(fresh)).isPresent();
		assertThat(accounts.findByEmail(old)).isEmpty();
		assertThat(jdbc.queryForList("select name from user_entities where id = ? union all "
				+ "select display_name from user_entities where id = ?", String.class, passkeyUser, passkeyUser))
			.as("her passkeys follow her new address").containsExactly(fresh, fresh);
		phone.perform(get("/today")).andExpect(redirectedUrl("/login"));
		tablet.perform(get("/today")).andExpect(redirectedUrl("/login"));
		assertThat(new BrowserSession(mvc).signIn(old, BrowserSession.PASSWORD)).isEqualTo("/login?error");
		BrowserSession again = new BrowserSession(mvc);
		assertThat(again.signIn(fresh, BrowserSession.PASSWORD)).isEqualTo("/account");
		assertThat(again.page("/account")).contains("Signed in as " + fresh)
			.contains("href=\"" + answer.substring(answer.indexOf("/assessments/")) + "\"");

		MimeMessage changed = awaitSecondMailTo(old);
		assertThat(changed.getSubject()).isEqualTo("The email address of your Back after baby account has changed");
		assertThat(TestMailServer.plainText(changed)).contains("was changed to " + fresh);

		mailApp.perform(post("/confirm-email").with(csrf()).param("token", token)).andExpect(status().isGone());
		assertThat(mailApp.page(path)).contains("This link has already been used");
	}

	@Test
	void anAddressAnotherAccountHasIsNeverRevealedWhenAskingAndRefusedWhenConfirming() throws Exception {
		String taken = new BrowserSession(mvc).registerNewMother("taken");
		BrowserSession phone = new BrowserSession(mvc);
		String hers = phone.registerNewMother("asker");

		phone.perform(ask(taken, BrowserSession.PASSWORD)).andExpect(redirectedUrl("/account?emailLinkSent"));
		// Letters go out one after another: once the next one has arrived, none was sent for the taken address.
		String marker = newEmail();
		phone.perform(ask(marker, BrowserSession.PASSWORD)).andExpect(redirectedUrl("/account?emailLinkSent"));
		TestMailServer.awaitMailTo(smtp, marker);
		assertThat(TestMailServer.recipients(smtp)).doesNotContain(taken);

		// Taken between asking and confirming: refused, and nothing changes.
		String path = TestMailServer.linkIn(TestMailServer.awaitMailTo(smtp, marker), LINK);
		new BrowserSession(mvc).perform(post("/register").with(csrf())
			.param("email", marker)
			.param("password", BrowserSession.PASSWORD)
			.param("confirmPassword", BrowserSession.PASSWORD)).andExpect(redirectedUrl("/account?welcome"));
		String refused = phone.perform(post("/confirm-email").with(csrf()).param("token", path.substring(path.indexOf('=') + 1)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Another account already uses " + marker).contains("stays " + hers);
		assertThat(accounts.findByEmail(hers)).isPresent();
		phone.perform(get("/today")).andExpect(status().isOk());
	}

	@Test
	void badAnswersAreExplainedAndSendNothing() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		String hers = phone.registerNewMother("careful");
		assertThat(refused(phone, ask("not an address", BrowserSession.PASSWORD))).contains("Enter your email address");
		assertThat(refused(phone, ask(hers.toUpperCase(), BrowserSession.PASSWORD))).contains("already the email address");
		String fresh = newEmail();
		assertThat(refused(phone, ask(fresh, "not my password at all"))).contains("That is not your password now")
			.contains("value=\"" + fresh + "\"");
		phone.perform(post("/account/email").param("newEmail", fresh).param("currentPassword", BrowserSession.PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/email").with(csrf()).param("newEmail", fresh)).andExpect(redirectedUrl("/login"));

		String marker = newEmail();
		phone.perform(ask(marker, BrowserSession.PASSWORD)).andExpect(redirectedUrl("/account?emailLinkSent"));
		TestMailServer.awaitMailTo(smtp, marker);
		assertThat(TestMailServer.recipients(smtp)).doesNotContain(fresh);
	}

	@Test
	void theLinkExpiresAfterADayAndChangingHerPasswordCancelsIt() throws Exception {
		BrowserSession phone = new BrowserSession(mvc);
		phone.registerNewMother("slow");
		String late = newEmail();
		phone.perform(ask(late, BrowserSession.PASSWORD)).andExpect(redirectedUrl("/account?emailLinkSent"));
		String expiring = TestMailServer.linkIn(TestMailServer.awaitMailTo(smtp, late), LINK);
		clock.advance(EmailChange.LINK_LIFE.plus(Duration.ofMinutes(1)));
		assertThat(phone.perform(get(expiring)).andExpect(status().isGone()).andReturn().getResponse().getContentAsString())
			.contains("This link has expired").contains("24 hours");

		String cancelled = newEmail();
		phone.perform(ask(cancelled, BrowserSession.PASSWORD)).andExpect(redirectedUrl("/account?emailLinkSent"));
		String path = TestMailServer.linkIn(TestMailServer.awaitMailTo(smtp, cancelled), LINK);
		phone.perform(post("/account/password").with(csrf())
			.with(from(newAddress()))
			.param("currentPassword", BrowserSession.PASSWORD)
			.param("newPassword", "gulls circling the ferry at noon")
			.param("confirmNewPassword", "gulls circling the ferry at noon")).andExpect(redirectedUrl("/account?passwordChanged"));
		phone.perform(get(path)).andExpect(status().isBadRequest());
		assertThat(accounts.findByEmail(cancelled)).isEmpty();
	}

	private MimeMessage awaitSecondMailTo(String email) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < until) {
			MimeMessage[] received = java.util.Arrays.stream(smtp.getReceivedMessages())
				.filter(message -> recipient(message).equalsIgnoreCase(email))
				.toArray(MimeMessage[]::new);
			if (received.length >= 2) {
				return received[1];
			}
			Thread.sleep(25);
		}
		throw new AssertionError("no second mail arrived for " + email);
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String refused(BrowserSession browser, MockHttpServletRequestBuilder request) throws Exception {
		return browser.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder ask(String newEmail, String password) {
		return post("/account/email").with(csrf())
			.with(from(newAddress()))
			.param("newEmail", newEmail)
			.param("currentPassword", password);
	}

	private static String newEmail() {
		return "new-" + UUID.randomUUID() + "@example.com";
	}

	private static String newAddress() {
		int n = NEXT.incrementAndGet();
		return "10.97." + (n / 250) + "." + (n % 250 + 1);
	}

}
