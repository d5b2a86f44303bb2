package com.postpartum.backcare.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Where written letters go: a mail server, or the development outbox. */
interface Postbox {

	/** A blank message of this postbox's mail session, for {@link LetterWriter} to fill. */
	MimeMessage blank();

	void post(MimeMessage message) throws MessagingException;

}
