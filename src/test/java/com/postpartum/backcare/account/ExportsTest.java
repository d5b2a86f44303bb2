package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.OnAFixedDay;
import com.postpartum.backcare.assessment.FhirExport;
import com.postpartum.backcare.assessment.FhirValidation;
import com.postpartum.backcare.practice.PracticeSessionRepository;
import com.postpartum.backcare.practice.PracticeSessionTestSupport;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;

/** Her exports, each parsed back (and the FHIR one validated) with the library made for its format. */
@OnAFixedDay
class ExportsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PracticeSessionRepository sessions;

	/** The app's own clock, on a fixed day: her pain scores are dated by the app's day. */
	@Autowired
	Clock clock;

	@Test
	void theCalendarFileIsValidIcsWithTheWeeklySessions() throws Exception {
		BrowserSession mother = motherWithAnAnswer();
		String ics = mother.perform(get("/account/routine.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(header().string("Content-Disposition", containsString("back-routine.ics")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		calendar.validate();
		VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
		RRule<?> rule = event.getProperty("RRULE").map(p -> (RRule<?>) p).orElseThrow();
		Recur<?> recur = rule.getRecur();
		assertThat(recur.getFrequency().name()).isEqualTo("WEEKLY");
		// The healthy 10-week answer is the phase 2 routine: 4 times a week.
		assertThat(recur.getDayList()).hasSize(4);
		assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).startsWith("Back routine: ").contains("Phase 2");
		assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).startsWith("Today's exercises: ")
			.contains("\nOpen today's session: http://localhost:8080/today\n")
			.endsWith("\nStop any exercise that hurts. Not medical advice.");
	}

	@Test
	void theFhirExportIsAValidR4BundleWithTheQuestionnaireHerResponsesAndHerDailyPain() throws Exception {
		BrowserSession mother = motherWithAnAnswer();
		long accountId = accountOf(mother);
		LocalDate today = LocalDate.now(clock);
		PracticeSessionTestSupport.save(sessions, accountId, today.minusDays(2), 5, 4);
		// A day stopped for pain: pain before 9, no session, so no pain after.
		PracticeSessionTestSupport.save(sessions, accountId, today.minusDays(1), 9, null);
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "4"));
		mother.perform(post("/today/finish").with(csrf()).param("painAfter", "3").param("done", "glute-bridge"));
		String json = mother.perform(get("/account/export-fhir.json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/fhir+json")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(FhirValidation.errors(json)).as("HL7 validator errors").isEmpty();
		Bundle bundle = FhirExport.context().newJsonParser().parseResource(Bundle.class, json);
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		Questionnaire questionnaire = FhirValidation.resources(bundle, Questionnaire.class).get(0);
		Questionnaire.QuestionnaireItemComponent painItem = questionnaire.getItem()
			.stream()
			.filter(item -> item.getLinkId().equals("painNow"))
			.findFirst()
			.orElseThrow();
		assertThat(painItem.getCodeFirstRep().getSystem()).isEqualTo("http://loinc.org");
		assertThat(painItem.getCodeFirstRep().getCode()).isEqualTo("72514-3");
		QuestionnaireResponse response = FhirValidation.resources(bundle, QuestionnaireResponse.class).get(0);
		assertThat(response.getQuestionnaire()).isEqualTo(questionnaire.getUrl());
		assertThat(response.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		QuestionnaireResponse.QuestionnaireResponseItemComponent painNow = response.getItem()
			.stream()
			.filter(item -> item.getLinkId().equals("painNow"))
			.findFirst()
			.orElseThrow();
		assertThat(painNow.getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(2);
		// Every answered item names an item of the questionnaire.
		assertThat(response.getItem()).allSatisfy(item -> assertThat(questionnaire.getItem())
			.anyMatch(q -> q.getLinkId().equals(item.getLinkId())));
		// Her daily pain, in day order: before and after each session, only before on the day stopped for pain.
		String patient = bundle.getEntry()
			.stream()
			.filter(e -> e.getResource() instanceof Patient)
			.findFirst()
			.orElseThrow()
			.getFullUrl();
		assertThat(response.getSubject().getReference()).isEqualTo(patient);
		List<Observation> pain = FhirValidation.resources(bundle, Observation.class);
		assertThat(pain).extracting(o -> o.getEffectiveDateTimeType().getValueAsString(), FhirValidation::timing,
				o -> o.getValueIntegerType().getValue(), o -> o.getSubject().getReference())
			.containsExactly(tuple(today.minusDays(2).toString(), "before-session", 5, patient),
					tuple(today.minusDays(2).toString(), "after-session", 4, patient),
					tuple(today.minusDays(1).toString(), "before-session", 9, patient),
					tuple(today.toString(), "before-session", 4, patient),
					tuple(today.toString(), "after-session", 3, patient));
		assertThat(pain).allSatisfy(o -> {
			assertThat(o.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
			assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
		});
	}

	@Test
	void downloadMyDataHoldsHerAccountAnswersAndSessions() throws Exception {
		BrowserSession mother = motherWithAnAnswer();
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "4"));
		mother.perform(post("/today/finish").with(csrf()).param("painAfter", "3").param("done", "glute-bridge"));
		String json = mother.perform(get("/account/export.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"email\"", "\"weeksSinceBirth\" : 10", "phase-2-rebuild", "\"painBefore\" : 4",
				"\"painAfter\" : 3");
	}

	@Test
	void thePrintableSheetListsTheRoutine() throws Exception {
		motherWithAnAnswer().perform(get("/account/routine-sheet"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phase 2: Rebuild")))
			.andExpect(content().string(containsString("media=\"print\"")));
	}

	@Test
	void onADayStoppedForPainTheSheetAndCalendarStillHoldTheRoutine() throws Exception {
		BrowserSession mother = motherWithAnAnswer();
		mother.perform(post("/today/start").with(csrf()).param("painBefore", "9"));
		mother.perform(get("/today")).andExpect(content().string(containsString("No session today")));
		mother.perform(get("/account/routine-sheet"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h3>Glute bridge</h3>")));
		mother.perform(get("/account/routine.ics")).andExpect(status().isOk());
	}

	@Test
	void exportsNeedSigningIn() throws Exception {
		for (String path : new String[] { "/account/routine.ics", "/account/export.json", "/account/export-fhir.json",
				"/account/routine-sheet" }) {
			mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		}
	}

	private long accountOf(BrowserSession mother) throws Exception {
		return MothersWithAnAnswer.accountOf(mother, accounts);
	}

	private BrowserSession motherWithAnAnswer() throws Exception {
		return MothersWithAnAnswer.register(mvc, "export");
	}

}
