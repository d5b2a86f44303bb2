package com.postpartum.backcare;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server in the test (GreenMail) on a free port, one for the whole test class:
 * <pre>
 * &#64;RegisterExtension static final GreenMailExtension smtp = TestMailServer.start();
 * &#64;DynamicPropertySource static void mail(DynamicPropertyRegistry r) { TestMailServer.sendTo(smtp, r); }
 * </pre>
 */
public final class TestMailServer {

	private TestMailServer() {
	}

	public static GreenMailExtension start() {
		return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
	}

	/** The app sends its letters to this server (setting spring.mail.host is what turns SMTP on). */
	public static void sendTo(GreenMailExtension server, DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server.getSmtp().getPort());
	}

	/** A letter's plain text part (the first of its multipart/alternative). */
	public static String plainText(MimeMessage mail) throws Exception {
		return (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
	}

	/** A letter's HTML part (the second). */
	public static String html(MimeMessage mail) throws Exception {
		return (String) ((Multipart) mail.getContent()).getBodyPart(1).getContent();
	}

}
