package com.postpartum.backcare.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a {@link Letter} into a MIME message: multipart/alternative with the plain text first
 * and the HTML (the one mail layout, {@code templates/mail/letter.html}) second, both from the
 * same messages, so every mail program shows the same words.
 */
@Component
class LetterWriter {

	static final String LAYOUT = "mail/letter";

	/** Stands in for a link while a line is formatted, so the link can be cut out again. */
	private static final char MARK = '\u0001';

	private static final Pattern MARKED = Pattern.compile(MARK + "(\\d+)" + MARK);

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final MailSettings settings;

	private final Clock clock;

	LetterWriter(MessageSource messages, ITemplateEngine templates, MailSettings settings, Clock clock) {
		this.messages = messages;
		this.templates = templates;
		this.settings = settings;
		this.clock = clock;
	}

	/** Writes the letter into {@code message} (a blank one of the postbox's session). */
	MimeMessage write(Letter letter, MimeMessage message) throws MessagingException {
		String key = "mail." + letter.name();
		String subject = messages.getMessage(key + ".subject", letter.values().toArray(), letter.locale());
		List<List<Part>> paragraphs = paragraphs(key, letter);
		String footer = messages.getMessage("mail.footer", null, letter.locale());

		message.setFrom(new InternetAddress(settings.from(), true));
		message.setRecipient(RecipientType.TO, new InternetAddress(letter.to(), true));
		message.setSubject(subject, StandardCharsets.UTF_8.name());
		message.setSentDate(Date.from(clock.instant()));

		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(plainText(paragraphs, footer), StandardCharsets.UTF_8.name(), "plain");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(templates.process(LAYOUT, new Context(letter.locale(), Map.of("subject", subject, "paragraphs",
				paragraphs, "lang", letter.locale().toLanguageTag()))), StandardCharsets.UTF_8.name(), "html");
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(plain);
		alternative.addBodyPart(html);
		message.setContent(alternative);
		message.saveChanges();
		return message;
	}

	/** {@code mail.<name>.line1}, {@code line2} … until one is missing, each cut into text and links. */
	private List<List<Part>> paragraphs(String key, Letter letter) {
		Object[] marked = letter.values().toArray();
		for (int i = 0; i < marked.length; i++) {
			if (marked[i] instanceof URI) {
				marked[i] = MARK + String.valueOf(i) + MARK;
			}
			else if (marked[i] instanceof Instant moment) {
				// A moment is written the letter's language's way (format.dateTime), in UTC as pages show it.
				marked[i] = DateTimeFormatter
					.ofPattern(messages.getMessage("format.dateTime", null, letter.locale()), letter.locale())
					.withZone(ZoneOffset.UTC)
					.format(moment);
			}
		}
		List<List<Part>> paragraphs = new ArrayList<>();
		for (int n = 1;; n++) {
			String line = messages.getMessage(key + ".line" + n, marked, null, letter.locale());
			if (line == null) {
				break;
			}
			List<Part> parts = new ArrayList<>();
			Matcher link = MARKED.matcher(line);
			int from = 0;
			while (link.find()) {
				Part.text(line.substring(from, link.start())).ifPresent(parts::add);
				parts.add(new Part(letter.values().get(Integer.parseInt(link.group(1))).toString(), true));
				from = link.end();
			}
			Part.text(line.substring(from)).ifPresent(parts::add);
			paragraphs.add(parts);
		}
		if (paragraphs.isEmpty()) {
			throw new IllegalStateException("No lines for the letter '" + letter.name() + "' (" + key + ".line1)");
		}
		return paragraphs;
	}

	/** Paragraphs apart by a blank line; links on lines of their own, where mail programs find them. */
	private static String plainText(List<List<Part>> paragraphs, String footer) {
		String body = paragraphs.stream()
			.map(parts -> parts.stream()
				.map(part -> part.link() ? "\n" + part.text() + "\n" : part.text())
				.collect(Collectors.joining())
				.strip()
				.replaceAll(" *\n+ *", "\n"))
			.collect(Collectors.joining("\n\n"));
		return body + "\n\n-- \n" + footer + "\n";
	}

	/** A piece of a paragraph: text, or a link shown as its own address. */
	record Part(String text, boolean link) {

		static java.util.Optional<Part> text(String text) {
			return text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Part(text, false));
		}

	}

}
