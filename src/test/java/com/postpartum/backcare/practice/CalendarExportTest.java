package com.postpartum.backcare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.StaticMessageSource;

import com.postpartum.backcare.assessment.Assessment;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * The calendar file read back as bytes and with ical4j: her zone on DTSTART with its VTIMEZONE
 * (right on both sides of a change of clocks), her days in the RRULE, an alarm at the time, and
 * lines folded at 75 octets with CRLF, multi-byte characters whole.
 */
class CalendarExportTest {

	static final URI TODAY = URI.create("https://backcare.example/today");

	/** Words with two-, three- and four-byte UTF-8 characters, long enough to be folded several times. */
	static final String TITLE = "Phase 2: Rébuild — 背中のケア 🌙 " + "é".repeat(40) + "中".repeat(30);

	final CalendarExport export = new CalendarExport(messages());

	@Test
	void madridHasItsZoneSummerTimeHerDaysAndAnAlarmAtTheTime() throws Exception {
		byte[] bytes = calendar(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 30),
				"Europe/Madrid");
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
		VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

		DtStart<?> start = event.getProperty("DTSTART").map(p -> (DtStart<?>) p).orElseThrow();
		assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Madrid");
		assertThat(start.getValue()).isEqualTo("20260311T073000");
		RRule<?> rule = event.getProperty("RRULE").map(p -> (RRule<?>) p).orElseThrow();
		assertThat(rule.getRecur().getFrequency().name()).isEqualTo("WEEKLY");
		assertThat(rule.getRecur().getDayList()).extracting(Object::toString).containsExactly("MO", "WE", "FR");

		VTimeZone zone = calendar.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
		assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Madrid");
		assertThat(offsetOn(zone, LocalDateTime.of(2026, 1, 12, 7, 30))).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(offsetOn(zone, LocalDateTime.of(2026, 7, 13, 7, 30))).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(offsetOn(zone, LocalDateTime.of(2031, 12, 1, 7, 30))).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(offsetOn(zone, LocalDateTime.of(2031, 6, 2, 7, 30))).isEqualTo(ZoneOffset.ofHours(2));

		VAlarm alarm = event.getAlarms().get(0);
		assertThat(alarm.getProperty("ACTION").orElseThrow().getValue()).isEqualTo("DISPLAY");
		Trigger trigger = alarm.getProperty("TRIGGER").map(Trigger.class::cast).orElseThrow();
		assertThat(Duration.from(trigger.getDuration())).isZero();
		assertThat(alarm.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Rébuild");

		assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Back routine: " + TITLE);
		assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains(TODAY.toString());
		assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("her-uid@backcare");
		assertThat(calendar.getProperty("PRODID")).isPresent();
		IcsBytes.assertFoldedAtSeventyFiveOctets(bytes);
	}

	@Test
	void aucklandFarEastKeepsHerLocalDaysAndItsOwnSummerTime() throws Exception {
		byte[] bytes = calendar(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(6, 0), "Pacific/Auckland");
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
		VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
		DtStart<?> start = event.getProperty("DTSTART").map(p -> (DtStart<?>) p).orElseThrow();
		assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Pacific/Auckland");
		// The first of her days on or after the 11th of March 2026 (a Wednesday), at 06:00 there:
		// a Thursday in Auckland, still Wednesday in UTC.
		assertThat(start.getValue()).isEqualTo("20260312T060000");
		RRule<?> rule = event.getProperty("RRULE").map(p -> (RRule<?>) p).orElseThrow();
		assertThat(rule.getRecur().getDayList()).extracting(Object::toString).containsExactly("MO", "TH");
		VTimeZone zone = calendar.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
		// Southern summer: +13 in January, +12 in July.
		assertThat(offsetOn(zone, LocalDateTime.of(2027, 1, 11, 6, 0))).isEqualTo(ZoneOffset.ofHours(13));
		assertThat(offsetOn(zone, LocalDateTime.of(2027, 7, 12, 6, 0))).isEqualTo(ZoneOffset.ofHours(12));
		assertThat(event.getAlarms()).hasSize(1);
		IcsBytes.assertFoldedAtSeventyFiveOctets(bytes);
	}

	/** Every zone Java knows gets a definition the TZID names and whose offsets match Java's. */
	@ParameterizedTest
	@ValueSource(strings = { "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Africa/Casablanca",
			"America/Santiago", "Etc/GMT+5", "SystemV/AST4", "UTC" })
	void anyZoneJavaKnowsHasAMatchingDefinition(String id) throws Exception {
		ZoneId zoneId = ZoneId.of(id);
		byte[] bytes = calendar(Set.of(DayOfWeek.TUESDAY), LocalTime.of(20, 15), id);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains("DTSTART;TZID=" + id + ":", "TZID:" + id + "\r\n");
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
		VTimeZone zone = calendar.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
		for (LocalDate day = LocalDate.of(2026, 3, 17); day.getYear() < 2030; day = day.plusWeeks(5)) {
			LocalDateTime at = day.atTime(20, 15);
			assertThat(offsetOn(zone, at)).as("%s on %s", id, day).isEqualTo(zoneId.getRules().getOffset(at));
		}
		IcsBytes.assertFoldedAtSeventyFiveOctets(bytes);
	}

	@Test
	void withoutEventsIsStillAValidCalendarOfHerZone() throws Exception {
		byte[] bytes = export.withoutEvents(ZoneId.of("Europe/Madrid"), LocalDate.of(2026, 3, 11), Locale.ENGLISH)
			.getBytes(StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
		assertThat(calendar.getComponents("VEVENT")).isEmpty();
		assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
		IcsBytes.assertFoldedAtSeventyFiveOctets(bytes);
	}

	@Test
	void foldingCountsOctetsAndNeverSplitsACharacter() {
		String line = "SUMMARY:" + "a".repeat(66) + "é🌙中".repeat(30);
		String folded = IcsLines.folded(line);
		IcsBytes.assertFoldedAtSeventyFiveOctets(folded.getBytes(StandardCharsets.UTF_8));
		// Unfolding (RFC 5545 §3.1: remove CRLF and one space) gives the line back.
		assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(line);
		// 74 octets, and "é" (two) would make 76: it starts the next line, whole.
		assertThat(folded.split("\r\n")[0]).isEqualTo("SUMMARY:" + "a".repeat(66));
		assertThat(folded.split("\r\n")[1]).startsWith(" é🌙中");
	}

	private byte[] calendar(Set<DayOfWeek> days, LocalTime time, String zone) {
		Assessment.PersonalRoutine routine = new Assessment.PersonalRoutine("phase-2-rebuild", TITLE, 2, null,
				List.of(new Assessment.PlannedExercise("glute-bridge", "Glute bridge — pont fessier", 2, 10, 3, false,
						30, "why"), new Assessment.PlannedExercise("dead-bug", "Dead bug", 2, 8, null, true, 30, "why")),
				List.of(), days.size(), 20);
		CalendarExport.Stamp stamp = new CalendarExport.Stamp("her-uid@backcare", Instant.parse("2026-03-01T10:00:00Z"),
				LocalDate.of(2026, 3, 11));
		return export.calendar(routine, new CalendarExport.Schedule(days, time, ZoneId.of(zone)), stamp, TODAY,
				Locale.ENGLISH)
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The offset her calendar app takes for a local time: the latest onset of the zone's observances. */
	private static ZoneOffset offsetOn(VTimeZone zone, LocalDateTime local) {
		// Far enough from any change of clocks that reading the local time as UTC picks the same observance.
		return zone.getApplicableObservance(local.atOffset(ZoneOffset.UTC))
			.getProperty("TZOFFSETTO")
			.map(p -> ((TzOffsetTo) p).getOffset())
			.orElseThrow();
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("calendar.summary", Locale.ENGLISH, "Back routine: {0}");
		messages.addMessage("calendar.description", Locale.ENGLISH,
				"Today''s exercises: {0}.\nOpen today''s session: {1}\nStop any exercise that hurts.");
		messages.addMessage("calendar.alarm", Locale.ENGLISH, "Time for your back routine: {0}");
		messages.addMessage("calendar.name", Locale.ENGLISH, "Back after baby");
		return messages;
	}

}
