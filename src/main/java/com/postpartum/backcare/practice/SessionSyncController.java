package com.postpartum.backcare.practice;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.postpartum.backcare.assessment.TriageRules;
import com.postpartum.backcare.catalogue.CatalogueService;
import com.postpartum.backcare.catalogue.ExerciseView;
import com.postpartum.backcare.web.AccountHolder;
import com.postpartum.backcare.web.SignedInAccount;
import com.postpartum.backcare.web.Languages;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where her browser sends a session finished with no connection (JSON, the CSRF token in a
 * header, signed in). The same id sent again gets the same answer (docs/architecture.md,
 * "Offline"); a body the app cannot read is a 400 that says what was wrong.
 */
@RestController
class SessionSyncController {

	/** More than any routine holds; a longer list is not a session. */
	static final int MAX_EXERCISES = 30;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

	private static final Set<String> FIELDS = Set.of("id", "day", "painBefore", "painAfter", "exercises");

	private static final Set<String> EXERCISE_FIELDS = Set.of("slug", "done", "hurt");

	private final SessionSync sync;

	private final CatalogueService catalogue;

	private final JsonMapper json;

	private final MessageSource messages;

	SessionSyncController(SessionSync sync, CatalogueService catalogue, JsonMapper json, MessageSource messages) {
		this.sync = sync;
		this.catalogue = catalogue;
		this.json = json;
		this.messages = messages;
	}

	/** A fresh CSRF token for the sync: the page it runs on may be a copy kept while offline. */
	@GetMapping("/today/sessions/token")
	Map<String, String> token(CsrfToken token) {
		return Map.of("header", token.getHeaderName(), "token", token.getToken());
	}

	@PostMapping(path = "/today/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> receive(@RequestBody(required = false) String body, @SignedInAccount AccountHolder signedIn) {
		SessionSync.SessionSent sent;
		try {
			sent = read(body);
		}
		catch (Refused refused) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.getMessage(refused.getMessage(), refused.arguments, Languages.current()));
			problem.setTitle(messages.getMessage("today.sync.error.title", null, Languages.current()));
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		SessionSync.Answer answer = sync.sync(signedIn.accountId(), sent);
		Map<String, Object> body200 = new LinkedHashMap<>();
		body200.put("id", answer.clientId());
		body200.put("day", answer.day().toString());
		body200.put("outcome", answer.outcome().code());
		body200.put("message", messages.getMessage(answer.outcome().messageKey(), null, Languages.current()));
		return ResponseEntity.ok(body200);
	}

	private SessionSync.SessionSent read(String body) throws Refused {
		JsonNode root;
		try {
			root = body == null ? null : json.readTree(body);
		}
		catch (JacksonException notJson) {
			throw new Refused("today.sync.error.body");
		}
		if (root == null || !root.isObject()) {
			throw new Refused("today.sync.error.body");
		}
		onlyKnownFields(root, FIELDS);
		String id = text(root.get("id"), "today.sync.error.id");
		try {
			if (id.length() != 36 || !UUID.fromString(id).toString().equals(id.toLowerCase(Locale.ROOT))) {
				throw new Refused("today.sync.error.id");
			}
		}
		catch (IllegalArgumentException notUuid) {
			throw new Refused("today.sync.error.id");
		}
		LocalDate day;
		try {
			day = LocalDate.parse(text(root.get("day"), "today.sync.error.day"));
		}
		catch (DateTimeParseException notADay) {
			throw new Refused("today.sync.error.day");
		}
		if (!sync.acceptsDay(day)) {
			throw new Refused("today.sync.error.dayRange", SessionSync.DAYS_BACK);
		}
		int painBefore = pain(root.get("painBefore"), "today.sync.error.painBefore");
		JsonNode after = root.get("painAfter");
		Integer painAfter = after == null || after.isNull() ? null : pain(after, "today.sync.error.painAfter");
		if (painAfter == null && painBefore < TriageRules.SEVERE_PAIN_FROM) {
			throw new Refused("today.sync.error.painAfter");
		}
		return new SessionSync.SessionSent(id.toLowerCase(Locale.ROOT), day, painBefore, painAfter,
				exercises(root.get("exercises")));
	}

	private List<SessionSync.ExerciseSent> exercises(JsonNode list) throws Refused {
		if (list == null || list.isNull()) {
			return List.of();
		}
		if (!list.isArray() || list.size() > MAX_EXERCISES) {
			throw new Refused("today.sync.error.exercises");
		}
		List<SessionSync.ExerciseSent> exercises = new ArrayList<>();
		Set<String> slugs = new HashSet<>();
		for (JsonNode item : list) {
			if (!item.isObject()) {
				throw new Refused("today.sync.error.exercises");
			}
			onlyKnownFields(item, EXERCISE_FIELDS);
			String slug = text(item.get("slug"), "today.sync.error.exercises");
			if (!SLUG.matcher(slug).matches() || !slugs.add(slug)) {
				throw new Refused("today.sync.error.exercises");
			}
			exercises.add(new SessionSync.ExerciseSent(slug, yesNo(item.get("done")), yesNo(item.get("hurt"))));
		}
		if (!slugs.isEmpty() && catalogue.exercises(slugs).stream().map(ExerciseView::slug).distinct().count() != slugs
			.size()) {
			throw new Refused("today.sync.error.exercises");
		}
		return exercises;
	}

	private static void onlyKnownFields(JsonNode object, Set<String> known) throws Refused {
		for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext();) {
			if (!known.contains(names.next())) {
				throw new Refused("today.sync.error.unknown");
			}
		}
	}

	private static String text(JsonNode node, String problem) throws Refused {
		if (node == null || !node.isString()) {
			throw new Refused(problem);
		}
		return node.asString();
	}

	private static int pain(JsonNode node, String problem) throws Refused {
		if (node == null || !node.isInt() || node.asInt() < 0 || node.asInt() > 10) {
			throw new Refused(problem);
		}
		return node.asInt();
	}

	private static boolean yesNo(JsonNode node) throws Refused {
		if (node == null || !node.isBoolean()) {
			throw new Refused("today.sync.error.exercises");
		}
		return node.asBoolean();
	}

	/** A body refused; the message key says why. */
	private static final class Refused extends Exception {

		private final Object[] arguments;

		Refused(String messageKey, Object... arguments) {
			super(messageKey, null, false, false);
			this.arguments = arguments.length == 0 ? null : arguments;
		}

	}

}
