package com.postpartum.backcare.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Which assessments this visitor may open. Without an account they are remembered in her
 * sign-in session, so they can be attached to the account she creates. Each one is its own
 * session attribute: two answers sent at once (a double tap) each add theirs, where a shared
 * list was read and written back by both and lost one. The web side of ownership: services
 * are given the ids, never the HTTP session.
 */
public final class AssessmentOwnership {

	static final String KEY_PREFIX = AssessmentOwnership.class.getName() + ".id.";

	/** Sessions made before each answer had its own attribute kept them in one list. */
	static final String LEGACY_LIST_KEY = AssessmentOwnership.class.getName() + ".ids";

	/** A visitor answering over and over does not grow her session without end. */
	static final int MAX_REMEMBERED = 100;

	private AssessmentOwnership() {
	}

	/** Remembers an assessment made at {@code createdAt} (what orders them, oldest forgotten first). */
	static void remember(HttpServletRequest request, UUID id, Instant createdAt) {
		HttpSession signInSession = request.getSession(true);
		List<String> keys = keys(signInSession);
		if (keys.size() >= MAX_REMEMBERED) {
			// The oldest answer is forgotten first.
			signInSession.removeAttribute(keys.get(0));
		}
		signInSession.setAttribute(KEY_PREFIX + id, createdAt.toEpochMilli());
	}

	/**
	 * Made in this browser's sign-in session, or hers by account ({@code signedInAccountId}
	 * null when nobody is signed in): anyone else gets the same 404 as for nothing.
	 */
	static boolean owns(HttpServletRequest request, UUID id, Long ownerAccountId, Long signedInAccountId) {
		if (ownerAccountId != null && ownerAccountId.equals(signedInAccountId)) {
			return true;
		}
		HttpSession signInSession = request.getSession(false);
		return signInSession != null
				&& (signInSession.getAttribute(KEY_PREFIX + id) != null || legacy(signInSession).contains(id));
	}

	/** The assessments made in this browser's sign-in session, for her account to claim. */
	public static List<UUID> inSignInSession(HttpServletRequest request) {
		HttpSession signInSession = request.getSession(false);
		if (signInSession == null) {
			return List.of();
		}
		List<UUID> ids = new ArrayList<>(legacy(signInSession));
		keys(signInSession).forEach(key -> ids.add(UUID.fromString(key.substring(KEY_PREFIX.length()))));
		return ids;
	}

	private static List<String> keys(HttpSession signInSession) {
		List<String> keys = new ArrayList<>();
		Collections.list(signInSession.getAttributeNames())
			.stream()
			.filter(name -> name.startsWith(KEY_PREFIX))
			.forEach(keys::add);
		keys.sort((a, b) -> Long.compare(time(signInSession, a), time(signInSession, b)));
		return keys;
	}

	private static long time(HttpSession signInSession, String key) {
		return signInSession.getAttribute(key) instanceof Long at ? at : 0L;
	}

	@SuppressWarnings("unchecked")
	private static List<UUID> legacy(HttpSession signInSession) {
		Object ids = signInSession.getAttribute(LEGACY_LIST_KEY);
		return ids instanceof List<?> list ? (List<UUID>) list : List.of();
	}

}
