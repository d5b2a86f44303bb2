package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.postpartum.backcare.BrowserSession;
import com.postpartum.backcare.OnAFixedDay;
import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.assessment.FlagCode;
import com.postpartum.backcare.assessment.IntakePagesTestSupport;
import com.postpartum.backcare.practice.IcsBytes;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Her reminders on /account and her calendar feed: what she saves is what her calendar rings at,
 * bad input is refused field by field with nothing stored, and the feed's secret address works
 * with no cookie, shows only her data, stops at once, follows her answers and dies with her account.
 */
@OnAFixedDay
@ExtendWith(OutputCaptureExtension.class)
class RemindersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	AssessmentService assessments;

	@Test
	void herDaysTimeAndZoneAreSavedAndTheCalendarRingsThenInHerZone() throws Exception {
		BrowserSession mother = motherWithAnAnswer();
		// The page is kept once seen: saving must show at once all the same.
		mother.perform(get("/account")).andExpect(content().string(containsString("Not saved yet")));
		mother.perform(reminders("07:30", "Europe/Madrid", "MONDAY", "WEDNESDAY", "FRIDAY"))
			.andExpect(redirectedUrl("/account?remindersSaved#reminders"));
		mother.perform(get("/account"))
			.andExpect(content().string(containsString("value=\"07:30\"")))
			.andExpect(content().string(containsString("value=\"Europe/Madrid\" selected=\"selected\"")))
			.andExpect(content().string(containsString("id=\"day-WEDNESDAY\" value=\"WEDNESDAY\" checked=\"checked\"")))
			.andExpect(content().string(not(containsString("id=\"day-TUESDAY\" value=\"TUESDAY\" checked=\"checked\""))))
			.andExpect(content().string(not(containsString("Not saved yet"))));

		byte[] ics = mother.perform(get("/account/routine.ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		IcsBytes.assertFoldedAtSeventyFiveOctets(ics);
		String text = new String(ics, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains("DTSTART;TZID=Europe/Madrid:20260311T073000\r\n", "TZID:Europe/Madrid\r\n",
				"RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n", "BEGIN:VALARM\r\n", "ACTION:DISPLAY\r\n");
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		calendar.validate();
	}

	@Test
	void badRemindersAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
		BrowserSession mother = motherWithAnAnswer();
		long accountId = accountOf(mother);
		String[] fiveThousandDays = new String[5000];
		java.util.Arrays.fill(fiveThousandDays, "MONDAY");
		record Bad(MockHttpServletRequestBuilder request, String... messages) {
		}
		for (Bad bad : new Bad[] {
				new Bad(reminders("25:00", "Europe/Madrid", "MONDAY"), "Give a time between 00:00 and 23:59"),
				new Bad(reminders("19:60", "Europe/Madrid", "MONDAY"), "Give a time between 00:00 and 23:59"),
				new Bad(reminders("7pm", "Europe/Madrid", "MONDAY"), "Give a time between 00:00 and 23:59"),
				new Bad(reminders("", "Mars/Olympus_Mons", "MONDAY"), "Give a time", "Choose your time zone from the list"),
				new Bad(reminders("19:00", "europe/madrid", "MONDAY"), "Choose your time zone from the list"),
				new Bad(reminders("19:00", "<script>alert(1)</script>", "MONDAY"), "Choose your time zone"),
				new Bad(reminders("19:00", "Europe/London"), "Choose at least one day"),
				new Bad(reminders("19:00", "Europe/London", "MONDAY", "FUNDAY"), "Choose your days from the list"),
				new Bad(reminders("19:00", "Europe/London", "MO' OR 1=1 --"), "Choose your days from the list"),
				new Bad(reminders("19:00", "Europe/London", fiveThousandDays), "Choose your days from the list"),
				new Bad(reminders("1".repeat(20_000), "Z".repeat(10_000), "MONDAY"), "Give a time",
						"Choose your time zone") }) {
			MockHttpServletResponse response = mother.perform(bad.request()).andReturn().getResponse();
			assertThat(response.getStatus()).as(bad.messages()[0]).isEqualTo(400);
			assertThat(response.getContentAsString()).contains("Nothing was saved").contains(bad.messages())
				.doesNotContain("<script>alert");
			assertThat(response.getContentAsString().length()).isLessThan(200_000);
		}
		// A body over the cap is refused before it is read.
		mother.perform(post("/account/reminders").with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
			.content("time=19:00&timeZone=Europe/London&days=MONDAY&filler=" + "x".repeat(1_000_000)))
			.andExpect(status().isPayloadTooLarge());
		assertThat(jdbc.queryForObject("select count(*) from reminder where account_id = ?", Integer.class, accountId))
			.isZero();
	}

	@Test
	void theFeedWorksWithoutACookieStopsAtOnceAndANewAddressWorks(CapturedOutput output) throws Exception {
		BrowserSession mother = motherWithAnAnswer();
		mother.perform(reminders("06:45", "Pacific/Auckland", "TUESDAY", "SATURDAY"));
		String address = newFeedAddress(mother);
		assertThat(address).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
		String path = address.substring("http://localhost:8080".length());

		// A calendar app: no cookie, no session made, short private caching and an ETag.
		MockHttpServletResponse feed = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(feed.getContentType()).startsWith("text/calendar");
		assertThat(feed.getHeader("Cache-Control")).isEqualTo("max-age=900, private");
		assertThat(feed.getHeader("Set-Cookie")).isNull();
		assertThat(feed.getContentAsString()).contains("DTSTART;TZID=Pacific/Auckland:", "BYDAY=TU,SA");
		String etag = feed.getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());

		// The page no longer shows the address (only its hash is kept), and says it works.
		mother.perform(get("/account"))
			.andExpect(content().string(not(containsString(path))))
			.andExpect(content().string(containsString("Your calendar address has worked since")));

		String renewed = newFeedAddress(mother).substring("http://localhost:8080".length());
		mvc.perform(get(path)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("not in use")));
		mvc.perform(get(renewed)).andExpect(status().isOk());

		mother.perform(post("/account/calendar-link/stop").with(csrf()))
			.andExpect(redirectedUrl("/account?calendarLinkStopped#reminders"));
		mvc.perform(get(renewed)).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());

		assertThat(output.getAll()).doesNotContain(path.substring("/calendar/".length(), path.length() - 4))
			.doesNotContain(renewed.substring("/calendar/".length(), renewed.length() - 4));
	}

	@Test
	void anotherMothersAddressShowsOnlyHerOwnCalendar() throws Exception {
		BrowserSession first = motherWithAnAnswer();
		first.perform(reminders("06:45", "Europe/Madrid", "MONDAY"));
		BrowserSession second = motherWithAnAnswer();
		second.perform(reminders("21:10", "Asia/Tokyo", "SUNDAY"));
		String firstFeed = feedText(newFeedAddress(first));
		String secondFeed = feedText(newFeedAddress(second));
		assertThat(secondFeed).contains("Asia/Tokyo", "BYDAY=SU").doesNotContain("Europe/Madrid");
		assertThat(firstFeed).contains("Europe/Madrid", "BYDAY=MO").doesNotContain("Asia/Tokyo");
		assertThat(uid(firstFeed)).isNotEqualTo(uid(secondFeed)).doesNotContain("@example.com");
	}

	@Test
	void whenHerAnswersRuleOutExerciseTheLinksAreHiddenAndTheFeedEmpties() throws Exception {
		BrowserSession mother = motherWithAnAnswer();
		long accountId = accountOf(mother);
		String path = newFeedAddress(mother).substring("http://localhost:8080".length());
		assertThat(new CalendarBuilder().build(new java.io.StringReader(feedText(path))).getComponents("VEVENT"))
			.hasSize(1);
		mother.perform(get("/account")).andExpect(content().string(containsString("/account/routine.ics")));

		// A red flag answered (here, as on another device): the routine stops.
		assessments.recheck(accountId, Set.of(FlagCode.SADDLE_NUMBNESS));
		mother.perform(get("/account"))
			.andExpect(content().string(not(containsString("/account/routine.ics"))))
			.andExpect(content().string(not(containsString("Make a new address"))))
			.andExpect(content().string(containsString("you need medical help before exercising")));
		mother.perform(get("/account/routine.ics")).andExpect(status().isNotFound());
		Calendar empty = new CalendarBuilder().build(new java.io.StringReader(feedText(path)));
		assertThat(empty.getComponents("VEVENT")).isEmpty();
		assertThat(empty.getComponents("VTIMEZONE")).hasSize(1);

		// New answers that allow exercise bring the sessions back to the same address.
		mother.perform(IntakePagesTestSupport.healthyIntake(post("/intake")).with(csrf()));
		VEvent back = (VEvent) new CalendarBuilder().build(new java.io.StringReader(feedText(path)))
			.getComponents("VEVENT")
			.get(0);
		assertThat(back.getProperty("SUMMARY").orElseThrow().getValue()).startsWith("Back routine: ");
	}

	@Test
	void deletingHerAccountDeletesHerRemindersAndHerAddress() throws Exception {
		BrowserSession mother = motherWithAnAnswer();
		long accountId = accountOf(mother);
		mother.perform(reminders("07:00", "Europe/London", "MONDAY"));
		String path = newFeedAddress(mother).substring("http://localhost:8080".length());
		mother.perform(post("/account/delete").with(csrf()).param("confirm", "true"))
			.andExpect(redirectedUrl("/?deleted"));
		mvc.perform(get(path)).andExpect(status().isNotFound());
		for (String table : new String[] { "reminder", "calendar_feed" }) {
			assertThat(jdbc.queryForObject("select count(*) from " + table + " where account_id = ?", Integer.class,
					accountId)).as(table).isZero();
		}
	}

	@Test
	void herRemindersAndAddressNeedHerSignedInButTheFeedDoesNot() throws Exception {
		mvc.perform(post("/account/reminders").with(csrf()).param("time", "07:00")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/account/calendar-link").with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/account/calendar-link/stop").with(csrf())).andExpect(redirectedUrl("/login"));
		BrowserSession mother = motherWithAnAnswer();
		mother.perform(post("/account/calendar-link")).andExpect(status().isForbidden());
		mvc.perform(get("/calendar/" + "A".repeat(43) + ".ics"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void herCalendarSpeaksTheLanguageHerAccountKeepsWhoeverFetchesIt() throws Exception {
		BrowserSession mother = motherWithAnAnswer();
		String address = newFeedAddress(mother);
		assertThat(feedText(address)).contains("SUMMARY:Back routine: ");

		mother.perform(get("/language").param("to", "es").param("next", "/account"));

		// Her calendar app: no cookie, its own language.
		String path = address.substring("http://localhost:8080".length());
		String ics = mvc.perform(get(path).header("Accept-Language", "en-US"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Rutina de espalda: ")
			.contains("Es la hora de su rutina de espalda")
			.doesNotContain("Back routine");
	}

	private String newFeedAddress(BrowserSession mother) throws Exception {
		String page = mother.perform(post("/account/calendar-link").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Copy it now")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String https = page.replaceAll("(?s).*id=\"calendar-address\" readonly value=\"([^\"]+)\".*", "$1");
		assertThat(page).contains("href=\"webcal" + https.substring(https.indexOf(':')) + "\"");
		return https;
	}

	private String feedText(String address) throws Exception {
		String path = address.startsWith("http") ? address.substring("http://localhost:8080".length()) : address;
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String uid(String ics) {
		return ics.replaceAll("(?s).*\r\nUID:([^\r]+)\r\n.*", "$1");
	}

	private static MockHttpServletRequestBuilder reminders(String time, String zone, String... days) {
		return post("/account/reminders").with(csrf()).param("time", time).param("timeZone", zone).param("days", days);
	}

	private long accountOf(BrowserSession mother) throws Exception {
		return MothersWithAnAnswer.accountOf(mother, accounts);
	}

	private BrowserSession motherWithAnAnswer() throws Exception {
		return MothersWithAnAnswer.register(mvc, "reminders");
	}

}
