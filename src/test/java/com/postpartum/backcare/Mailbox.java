package com.postpartum.backcare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** What arrived at the in-process SMTP server (GreenMail), read as she would: by recipient, its text, its link. */
public final class Mailbox {

	private final GreenMailExtension smtp;

	public Mailbox(GreenMailExtension smtp) {
		this.smtp = smtp;
	}

	/** The first mail to this address, waited for up to 10 seconds (letters go out in the background). */
	public MimeMessage awaitMailTo(String email) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < until) {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
					return message;
				}
			}
			Thread.sleep(25);
		}
		throw new AssertionError("no mail arrived for " + email + "; got " + recipients());
	}

	/** Every recipient so far, in the order the mails arrived. */
	public List<String> recipients() throws Exception {
		List<String> to = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			to.add(message.getAllRecipients()[0].toString());
		}
		return to;
	}

	/** The plain-text part (the first of the two). */
	public static String text(MimeMessage mail) throws Exception {
		return (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
	}

	/** The first match of {@code link} in the plain text, its group 1 (e.g. the path and token). */
	public static String linkIn(MimeMessage mail, Pattern link) throws Exception {
		String text = text(mail);
		Matcher found = link.matcher(text);
		if (!found.find()) {
			throw new AssertionError("no link like " + link + " in:\n" + text);
		}
		return found.group(1);
	}

}
