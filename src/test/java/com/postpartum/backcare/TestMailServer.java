package com.postpartum.backcare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** The first letter to this address, waited for up to 10 seconds (letters go out in the background). */
	public static MimeMessage awaitMailTo(GreenMailExtension server, String email) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < until) {
			for (MimeMessage message : server.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
					return message;
				}
			}
			Thread.sleep(25);
		}
		throw new AssertionError("no mail arrived for " + email + "; got " + recipients(server));
	}

	/** Every recipient so far, in the order the letters arrived. */
	public static List<String> recipients(GreenMailExtension server) throws Exception {
		List<String> to = new ArrayList<>();
		for (MimeMessage message : server.getReceivedMessages()) {
			to.add(message.getAllRecipients()[0].toString());
		}
		return to;
	}

	/** Group 1 of the first match of {@code link} in the letter's plain text (e.g. the path with its token). */
	public static String linkIn(MimeMessage mail, Pattern link) throws Exception {
		String text = plainText(mail);
		Matcher found = link.matcher(text);
		if (!found.find()) {
			throw new AssertionError("no link like " + link + " in:\n" + text);
		}
		return found.group(1);
	}

}
