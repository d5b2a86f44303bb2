package com.postpartum.backcare.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The development outbox: with no mail server configured, each letter is written as an .eml
 * file (the real MIME message, as a server would receive it), so it opens in any mail program
 * and {@code ./mvnw spring-boot:run} needs no server. Names start with the time, so they sort
 * oldest first.
 */
final class Outbox implements Postbox {

	static final String SUFFIX = ".eml";

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	private final Path folder;

	private final Clock clock;

	private final Session session = Session.getInstance(new Properties());

	Outbox(Path folder, Clock clock) {
		this.folder = folder;
		this.clock = clock;
	}

	Path folder() {
		return folder;
	}

	@Override
	public MimeMessage blank() {
		return new MimeMessage(session);
	}

	/** Written beside, then moved in: the outbox page never reads half a letter. */
	@Override
	public void post(MimeMessage message) throws MessagingException {
		try {
			Files.createDirectories(folder);
			String name = NAME.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8);
			Path partial = folder.resolve(name + ".part");
			try (OutputStream out = Files.newOutputStream(partial)) {
				message.writeTo(out);
			}
			Files.move(partial, folder.resolve(name + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write to the outbox " + folder, ex);
		}
	}

}
