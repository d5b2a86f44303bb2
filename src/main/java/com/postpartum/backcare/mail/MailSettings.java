package com.postpartum.backcare.mail;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender every letter shows
 * @param outbox where letters are written as .eml files when no mail server is configured
 * (no {@code spring.mail.host})
 * @param baseUrl where links in letters point: a configured address, never the request's Host
 * header, which a stranger could set to a server of theirs and so receive her link
 */
@ConfigurationProperties("app.mail")
public record MailSettings(@DefaultValue("Back after baby <no-reply@localhost>") String from,
		@DefaultValue("./data/outbox") Path outbox, @DefaultValue("http://localhost:8080") URI baseUrl) {

	/** An address of this application for a letter: {@code link("/reset-password?token=…")}. */
	public URI link(String pathAndQuery) {
		String base = baseUrl.toString();
		return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
	}

}
