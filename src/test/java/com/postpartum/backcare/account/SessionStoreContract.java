package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** Sessions in the database, on any database the app runs on. */
abstract class SessionStoreContract {

	@Autowired
	JdbcIndexedSessionRepository repository;

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void twoRequestsOfOneSessionMayAddTheSameAttributeAtOnce() {
		SessionRepository<Session> sessions = (SessionRepository) repository;
		Session created = sessions.createSession();
		sessions.save(created);
		// Two requests (or two instances) load the same session before either saves.
		Session first = sessions.findById(created.getId());
		Session second = sessions.findById(created.getId());
		first.setAttribute("SPRING_SECURITY_SAVED_REQUEST", "/today");
		second.setAttribute("SPRING_SECURITY_SAVED_REQUEST", "/progress");
		sessions.save(first);
		sessions.save(second);
		assertThat(sessions.findById(created.getId()).<String>getAttribute("SPRING_SECURITY_SAVED_REQUEST"))
			.isEqualTo("/progress");
		sessions.deleteById(created.getId());
	}

}
