package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;

/** Sessions in the database, on any database the app runs on. */
abstract class SessionStoreContract {

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> repository;

	@Autowired
	JdbcTemplate jdbc;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private SessionRepository<Session> sessions() {
		return (SessionRepository) repository;
	}

	@Test
	void aPageViewWithinAMinuteOfTheLastWritesNothing() {
		SessionRepository<Session> sessions = sessions();
		Session created = sessions.createSession();
		sessions.save(created);
		Instant stored = lastAccess(created.getId());

		Session next = sessions.findById(created.getId());
		next.setLastAccessedTime(stored.plusSeconds(59));
		sessions.save(next);
		assertThat(lastAccess(created.getId())).isEqualTo(stored);

		Session later = sessions.findById(created.getId());
		later.setLastAccessedTime(stored.plusSeconds(60));
		sessions.save(later);
		assertThat(lastAccess(created.getId())).isEqualTo(stored.plusSeconds(60));
		sessions.deleteById(created.getId());
	}

	@Test
	void aSessionIdleLongerThanItsTimeoutIsGoneWhateverTheSteps() {
		SessionRepository<Session> sessions = sessions();
		Session created = sessions.createSession();
		created.setMaxInactiveInterval(Duration.ofMinutes(2));
		sessions.save(created);
		jdbc.update("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
				+ "where session_id = ?", Duration.ofMinutes(3).toMillis(), Duration.ofMinutes(3).toMillis(),
				created.getId());
		assertThat(sessions.findById(created.getId())).isNull();
	}

	private Instant lastAccess(String sessionId) {
		return Instant.ofEpochMilli(jdbc.queryForObject("select last_access_time from spring_session where session_id = ?",
				Long.class, sessionId));
	}

	@Test
	void twoRequestsOfOneSessionMayAddTheSameAttributeAtOnce() {
		SessionRepository<Session> sessions = sessions();
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
