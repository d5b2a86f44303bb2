package com.postpartum.backcare.mail;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends letters (plain text and HTML, from messages) through SMTP, or into the development
 * outbox when no mail server is configured (docs/architecture.md, "Mail").
 * <p>
 * Sending happens in the background, one letter after another, and after the current
 * transaction commits (so a link in the letter already works): the answer she is waiting for
 * never waits for a mail server, and a letter that cannot be sent is logged (by name, never
 * with its values) instead of turning her answer into an error. Neither method throws for
 * that.
 */
public interface Mailer {

	/** Sends this letter in the background. */
	default void send(Letter letter) {
		sendIfAny(() -> Optional.of(letter));
	}

	/**
	 * Decides in the background whether there is a letter to send, and sends it. For answers
	 * that must take as long whether or not a letter goes out (whether an email has an
	 * account must not show in the time taken): the look-up runs here, after the answer.
	 */
	void sendIfAny(Supplier<Optional<Letter>> letter);

}
