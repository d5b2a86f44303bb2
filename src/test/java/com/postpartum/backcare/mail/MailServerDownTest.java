package com.postpartum.backcare.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A mail server that cannot be reached: the letter is logged as not sent, by name only, and
 * whoever asked for it has long had her answer (sending never throws).
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class MailServerDownTest {

	@DynamicPropertySource
	static void nobodyListening(DynamicPropertyRegistry registry) throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> closed);
	}

	@Autowired
	Mailer mailer;

	@Test
	void aFailedSendIsLoggedWithoutTheLink(CapturedOutput output) throws Exception {
		String token = "never-in-a-log-" + System.nanoTime();
		mailer.send(Letter.of("emma@example.com", "reset", Locale.ENGLISH,
				URI.create("http://localhost:8080/reset-password?token=" + token), 30));

		long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!output.getOut().contains("Could not send letter 'reset'") && System.nanoTime() < until) {
			Thread.sleep(50);
		}
		assertThat(output.getOut()).contains("Could not send letter 'reset' to …@example.com")
			.doesNotContain(token)
			.doesNotContain("emma@");
	}

}
