package com.postpartum.backcare.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With no mail server configured, letters land in the development outbox as real MIME
 * messages (any mail program opens them), and the dev profile lists them on a page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("dev")
class OutboxTest {

	@TempDir
	static Path outbox;

	@DynamicPropertySource
	static void outboxFolder(DynamicPropertyRegistry registry) {
		registry.add("app.mail.outbox", () -> outbox.toString());
	}

	@Autowired
	Mailer mailer;

	@Autowired
	MockMvc mvc;

	@Test
	void aLetterIsWrittenAsAnEmlFileWithPlainTextAndHtml() throws Exception {
		URI link = URI.create("http://localhost:8080/reset-password?token=outbox-test-token");
		mailer.send(Letter.of("emma@example.com", "reset", Locale.ENGLISH, link, 30));

		Path file = awaitLetters(1).get(0);
		MimeMessage message;
		try (InputStream in = Files.newInputStream(file)) {
			message = new MimeMessage(null, in);
		}
		assertThat(message.getRecipients(MimeMessage.RecipientType.TO)[0].toString()).isEqualTo("emma@example.com");
		assertThat(message.getFrom()[0].toString()).isEqualTo("Back after baby <no-reply@localhost>");
		assertThat(message.getSubject()).isEqualTo("Set a new password for Back after baby");
		assertThat(message.getSentDate()).isNotNull();
		assertThat(message.getContentType()).startsWith("multipart/alternative");
		Multipart parts = (Multipart) message.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
		assertThat((String) parts.getBodyPart(0).getContent()).contains("within 30 minutes:\n" + link + "\n")
			.contains("The link works once");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
		assertThat((String) parts.getBodyPart(1).getContent()).contains("<a href=\"" + link + "\"")
			.contains("within 30 minutes")
			.contains("not medical advice");

		String page = mvc.perform(get("/dev/outbox"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("To emma@example.com").contains("Set a new password for Back after baby")
			.contains("<a href=\"" + link + "\">" + link + "</a>");
	}

	private static List<Path> awaitLetters(int count) throws IOException, InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			try (Stream<Path> files = Files.list(outbox)) {
				List<Path> letters = files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
				if (letters.size() >= count || System.nanoTime() > until) {
					assertThat(letters).hasSize(count);
					return letters;
				}
			}
			Thread.sleep(50);
		}
	}

}
