package com.postpartum.backcare.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sign-in sessions as Spring Session keeps them in the database, except that a request
 * moves a session's last-access time only when the stored one is at least
 * {@link #LAST_ACCESS_STEP} old. Spring Session otherwise rewrites the session row on every
 * request (a transaction and an UPDATE per page view: docs/performance.md, "Signed-in pages");
 * with this, a request that changes nothing writes nothing. A session therefore may end up to
 * {@link #LAST_ACCESS_STEP} before its full idle timeout, which is hours.
 */
final class SignInSessionRepository
		implements FindByIndexNameSessionRepository<SignInSessionRepository.SignInSession>, DisposableBean {

	static final Duration LAST_ACCESS_STEP = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> store;

	private final DisposableBean storeLifecycle;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	SignInSessionRepository(JdbcIndexedSessionRepository store) {
		// The JDBC session type is private to Spring Session: it travels through the raw interface.
		this.store = (FindByIndexNameSessionRepository) store;
		this.storeLifecycle = store;
	}

	@Override
	public SignInSession createSession() {
		return new SignInSession(store.createSession());
	}

	@Override
	public void save(SignInSession session) {
		store.save(session.stored);
	}

	@Override
	public SignInSession findById(String id) {
		Session stored = store.findById(id);
		return stored == null ? null : new SignInSession(stored);
	}

	@Override
	public void deleteById(String id) {
		store.deleteById(id);
	}

	@Override
	public Map<String, SignInSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return store.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> new SignInSession(entry.getValue())));
	}

	@Override
	public void destroy() throws Exception {
		storeLifecycle.destroy();
	}

	/** A stored session whose last-access time moves in steps of {@link #LAST_ACCESS_STEP}. */
	static final class SignInSession implements Session {

		private final Session stored;

		SignInSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(LAST_ACCESS_STEP))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
