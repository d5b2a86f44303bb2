package com.postpartum.backcare.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.postpartum.backcare.TestMailServer;

/** With spring.mail.host set, letters go to that SMTP server (a real one, in-process). */
@SpringBootTest
class SmtpTest {

	@RegisterExtension
	static final GreenMailExtension smtp = TestMailServer.start();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.sendTo(smtp, registry);
	}

	@Autowired
	Mailer mailer;

	@Test
	void aLetterArrivesAsPlainTextAndHtml() throws Exception {
		URI link = URI.create("http://localhost:8080/reset-password?token=smtp-test-token");
		mailer.send(Letter.of("Sofia@Example.com", "reset", Locale.ENGLISH, link, 30));

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("Sofia@Example.com");
		assertThat(message.getSubject()).isEqualTo("Set a new password for Back after baby");
		assertThat(message.getContentType()).startsWith("multipart/alternative");
		assertThat(TestMailServer.plainText(message)).contains(link.toString());
		assertThat(TestMailServer.html(message)).contains("<a href=\"" + link + "\"");
	}

}
