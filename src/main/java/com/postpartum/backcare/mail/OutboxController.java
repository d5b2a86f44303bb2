package com.postpartum.backcare.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The development outbox as a page, newest letter first, its links clickable: only in the
 * {@code dev} profile (elsewhere the address does not exist), and only when letters go to the
 * outbox rather than a mail server.
 */
@Controller
@Profile("dev")
class OutboxController {

	static final int SHOWN = 50;

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private final Postbox postbox;

	OutboxController(Postbox postbox) {
		this.postbox = postbox;
	}

	@GetMapping("/dev/outbox")
	String outbox(Model model) throws IOException {
		List<Shown> letters = new ArrayList<>();
		if (postbox instanceof Outbox outbox && Files.isDirectory(outbox.folder())) {
			try (Stream<Path> files = Files.list(outbox.folder())) {
				for (Path file : files.filter(f -> f.getFileName().toString().endsWith(Outbox.SUFFIX))
					.sorted(Comparator.comparing(Path::getFileName).reversed())
					.limit(SHOWN)
					.toList()) {
					read(file).ifPresent(letters::add);
				}
			}
		}
		model.addAttribute("outboxFolder", postbox instanceof Outbox outbox ? outbox.folder().toString() : null);
		model.addAttribute("letters", letters);
		return "mail/outbox";
	}

	private static Optional<Shown> read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MimeMessage message = new MimeMessage(null, in);
			String to = message.getAllRecipients() == null ? ""
					: ((InternetAddress) message.getAllRecipients()[0]).getAddress();
			Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
			return Optional.of(new Shown(file.getFileName().toString(), to, message.getSubject(), sent,
					lines(plainText(message).orElse(""))));
		}
		catch (IOException | MessagingException unreadable) {
			// Someone else's file in the folder: not ours to show.
			return Optional.empty();
		}
	}

	private static Optional<String> plainText(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return Optional.of((String) part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				Optional<String> text = plainText(child);
				if (text.isPresent()) {
					return text;
				}
			}
		}
		return Optional.empty();
	}

	/** Each line that is not blank, cut into text and links. */
	private static List<List<LetterWriter.Part>> lines(String text) {
		List<List<LetterWriter.Part>> lines = new ArrayList<>();
		for (String line : text.split("\r?\n")) {
			if (line.isBlank()) {
				continue;
			}
			List<LetterWriter.Part> parts = new ArrayList<>();
			Matcher link = LINK.matcher(line);
			int from = 0;
			while (link.find()) {
				LetterWriter.Part.text(line.substring(from, link.start())).ifPresent(parts::add);
				parts.add(new LetterWriter.Part(link.group(), true));
				from = link.end();
			}
			LetterWriter.Part.text(line.substring(from)).ifPresent(parts::add);
			lines.add(parts);
		}
		return lines;
	}

	/** One letter as the page shows it. */
	record Shown(String file, String to, String subject, Instant sentAt, List<List<LetterWriter.Part>> lines) {
	}

}
