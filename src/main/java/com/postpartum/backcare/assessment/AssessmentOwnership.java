package com.postpartum.backcare.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

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

	static boolean owns(HttpServletRequest request, UUID id) {
		HttpSession session = request.getSession(false);
		return session != null && ids(session).contains(id);
	}

	@SuppressWarnings("unchecked")
	private static List<UUID> ids(HttpSession session) {
		Object ids = session.getAttribute(SESSION_KEY);
		return ids instanceof List<?> list ? new ArrayList<>((List<UUID>) list) : new ArrayList<>();
	}

}
