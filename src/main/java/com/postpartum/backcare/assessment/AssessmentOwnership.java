package com.postpartum.backcare.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import com.postpartum.backcare.system.AccountHolder;

/**
 * Which assessments this visitor may open. Without an account they are remembered in her
 * session, so the next feature can attach them to the account she creates.
 */
final class AssessmentOwnership {

	static final String SESSION_KEY = AssessmentOwnership.class.getName() + ".ids";

	private AssessmentOwnership() {
	}

	static void remember(HttpServletRequest request, UUID id) {
		HttpSession session = request.getSession(true);
		List<UUID> ids = ids(session);
		ids.add(id);
		// Set again so a session store that copies attributes (JDBC) sees the change.
		session.setAttribute(SESSION_KEY, ids);
	}

	/** Made in this browser session, or hers by account: anyone else gets the same 404 as for nothing. */
	static boolean owns(HttpServletRequest request, UUID id, Long ownerAccountId) {
		if (ownerAccountId != null && AccountHolder.current().filter(ownerAccountId::equals).isPresent()) {
			return true;
		}
		HttpSession session = request.getSession(false);
		return session != null && ids(session).contains(id);
	}

	static List<UUID> inSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? List.of() : ids(session);
	}

	@SuppressWarnings("unchecked")
	private static List<UUID> ids(HttpSession session) {
		Object ids = session.getAttribute(SESSION_KEY);
		return ids instanceof List<?> list ? new ArrayList<>((List<UUID>) list) : new ArrayList<>();
	}

}
