package com.postpartum.backcare.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import com.postpartum.backcare.web.AccountHolder;

/**
 * Which assessments this visitor may open. Without an account they are remembered in her
 * session, so they can be attached to the account she creates. Each one is its own session
 * attribute: two answers sent at once (a double tap) each add theirs, where a shared list
 * was read and written back by both and lost one.
 */
final class AssessmentOwnership {

	static final String KEY_PREFIX = AssessmentOwnership.class.getName() + ".id.";

	/** Sessions made before each answer had its own attribute kept them in one list. */
	static final String LEGACY_LIST_KEY = AssessmentOwnership.class.getName() + ".ids";

	/** A visitor answering over and over does not grow her session without end. */
	static final int MAX_REMEMBERED = 100;

	private AssessmentOwnership() {
	}

	static void remember(HttpServletRequest request, UUID id) {
		HttpSession session = request.getSession(true);
		List<String> keys = keys(session);
		if (keys.size() >= MAX_REMEMBERED) {
			// The oldest answer is forgotten first.
			session.removeAttribute(keys.get(0));
		}
		session.setAttribute(KEY_PREFIX + id, System.currentTimeMillis());
	}

	/** Made in this browser session, or hers by account: anyone else gets the same 404 as for nothing. */
	static boolean owns(HttpServletRequest request, UUID id, Long ownerAccountId) {
		if (ownerAccountId != null && AccountHolder.current().filter(ownerAccountId::equals).isPresent()) {
			return true;
		}
		HttpSession session = request.getSession(false);
		return session != null && (session.getAttribute(KEY_PREFIX + id) != null || legacy(session).contains(id));
	}

	static List<UUID> inSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return List.of();
		}
		List<UUID> ids = new ArrayList<>(legacy(session));
		keys(session).forEach(key -> ids.add(UUID.fromString(key.substring(KEY_PREFIX.length()))));
		return ids;
	}

	private static List<String> keys(HttpSession session) {
		List<String> keys = new ArrayList<>();
		Collections.list(session.getAttributeNames()).stream().filter(name -> name.startsWith(KEY_PREFIX)).forEach(keys::add);
		keys.sort((a, b) -> Long.compare(time(session, a), time(session, b)));
		return keys;
	}

	private static long time(HttpSession session, String key) {
		return session.getAttribute(key) instanceof Long at ? at : 0L;
	}

	@SuppressWarnings("unchecked")
	private static List<UUID> legacy(HttpSession session) {
		Object ids = session.getAttribute(LEGACY_LIST_KEY);
		return ids instanceof List<?> list ? (List<UUID>) list : List.of();
	}

}
