package com.postpartum.backcare.account;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.assessment.FhirExport;
import com.postpartum.backcare.practice.PracticeService;
import com.postpartum.backcare.practice.TodayPlan;
import com.postpartum.backcare.practice.TodayPlanner;
import com.postpartum.backcare.web.AccountHolder;
import com.postpartum.backcare.web.SignedInAccount;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Her data, hers to take: a printable sheet, a calendar file, everything as JSON and as FHIR. */
@Controller
class ExportController {

	static final String SHEET_VIEW = "account/routine-sheet";

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

	private final AccountService accounts;

	private final AssessmentService assessments;

	private final TodayPlanner planner;

	private final PracticeService practice;

	private final FhirExport fhir;

	private final RoutineCalendars calendars;

	/** Boot's mapper, indented: the file is meant to be read by her too. */
	private final ObjectWriter readableJson;

	ExportController(AccountService accounts, AssessmentService assessments, TodayPlanner planner,
			PracticeService practice, FhirExport fhir, RoutineCalendars calendars, JsonMapper json) {
		this.accounts = accounts;
		this.assessments = assessments;
		this.planner = planner;
		this.practice = practice;
		this.fhir = fhir;
		this.calendars = calendars;
		this.readableJson = json.writer(SerializationFeature.INDENT_OUTPUT);
	}

	@GetMapping("/account/routine-sheet")
	String sheet(@SignedInAccount AccountHolder signedIn, Model model) {
		model.addAttribute("plan",
				planner.nextSession(signedIn.accountId()).filter(TodayPlan::allowsExercise).orElse(null));
		return SHEET_VIEW;
	}

	/**
	 * The calendar feed's text as a file to import once (RoutineCalendars makes both). None when
	 * her answers rule exercise out: /account then offers no calendar and says why.
	 */
	@GetMapping("/account/routine.ics")
	ResponseEntity<String> routineCalendar(@SignedInAccount AccountHolder signedIn) {
		RoutineCalendars.Built built = calendars.build(signedIn.accountId());
		return built.hasEvents() ? download(built.text(), CALENDAR, "back-routine.ics")
				: ResponseEntity.notFound().build();
	}

	@GetMapping("/account/export.json")
	ResponseEntity<String> data(@SignedInAccount AccountHolder signedIn) {
		long accountId = signedIn.accountId();
		Account account = accounts.find(accountId).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("account", Map.of("email", account.getEmail(), "createdAt", account.getCreatedAt().toString()));
		data.put("assessments", assessments.allFor(accountId)
			.stream()
			.map(a -> Map.of("id", a.id().toString(), "createdAt", a.createdAt().toString(), "rulesVersion",
					a.rulesVersion(), "answers", a.intake(), "outcome", a.assessment()))
			.toList());
		// "sessions": the field name her earlier downloads have, kept.
		data.put("sessions", practice.sessionsWithExercises(accountId));
		return download(readableJson.writeValueAsString(data), MediaType.APPLICATION_JSON, "my-back-data.json");
	}

	@GetMapping("/account/export-fhir.json")
	ResponseEntity<String> fhirBundle(@SignedInAccount AccountHolder signedIn) {
		long accountId = signedIn.accountId();
		List<FhirExport.DailyPain> pain = practice.history(accountId)
			.stream()
			.map(practiceSession -> new FhirExport.DailyPain(practiceSession.day(), practiceSession.painBefore(),
					practiceSession.painAfter()))
			.toList();
		return download(fhir.bundle(accountId, assessments.allFor(accountId), pain), FHIR_JSON,
				"my-assessments-fhir.json");
	}

	private static ResponseEntity<String> download(String body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
