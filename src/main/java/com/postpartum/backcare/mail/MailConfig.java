package com.postpartum.backcare.mail;

import java.time.Clock;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when {@code spring.mail.host} is set (Boot then makes the {@link JavaMailSender} from
 * {@code spring.mail.*}); otherwise the development outbox under {@code app.mail.outbox}.
 */
@Configuration
class MailConfig {

	private static final Logger log = LoggerFactory.getLogger(MailConfig.class);

	@Bean
	Postbox postbox(ObjectProvider<JavaMailSender> smtp, MailSettings settings, Clock clock, Environment environment) {
		JavaMailSender server = smtp.getIfAvailable();
		if (server != null) {
			return new Postbox() {
				@Override
				public MimeMessage blank() {
					return server.createMimeMessage();
				}

				@Override
				public void post(MimeMessage message) {
					server.send(message);
				}
			};
		}
		String where = settings.outbox().toAbsolutePath().normalize().toString();
		if (environment.matchesProfiles("production")) {
			// Nobody would get her reset link: say so loudly, but still start (pages work without mail).
			log.warn("No mail server configured (SPRING_MAIL_HOST) in production: letters are only written to {}", where);
		}
		else {
			log.info("No mail server configured (spring.mail.host): letters are written to the outbox {}", where);
		}
		return new Outbox(settings.outbox(), clock);
	}

	@Bean
	Mailer mailer(LetterWriter writer, Postbox postbox) {
		return new QueuedMailer(writer, postbox);
	}

}
