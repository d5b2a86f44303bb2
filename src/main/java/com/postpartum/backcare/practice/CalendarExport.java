package com.postpartum.backcare.practice;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.assessment.Assessment;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Her routine as an RFC 5545 calendar, built with ical4j: one weekly event on the days and at the
 * time she chose, in her time zone (DTSTART with TZID and the zone's VTIMEZONE), with an alarm at
 * that time. The same text serves the one-off download and the calendar feed
 * (docs/architecture.md, "Reminders and the calendar feed").
 */
@Component
public class CalendarExport {

	/** Until she chooses: spread over the week so there is rest between sessions. */
	static final Map<Integer, String> DAYS = Map.of(1, "SA", 2, "TU,FR", 3, "MO,WE,FR", 4, "MO,TU,TH,SA", 5,
			"MO,TU,WE,TH,FR", 6, "MO,TU,WE,TH,FR,SA", 7, "MO,TU,WE,TH,FR,SA,SU");

	/** Until she chooses. */
	public static final LocalTime EVENING = LocalTime.of(19, 0);

	/** How often a calendar app should fetch the feed again: a changed routine shows within hours. */
	static final Duration REFRESH = Duration.ofHours(6);

	static final String PRODUCT = "-//Back after baby//Routine//EN";

	private final MessageSource messages;

	CalendarExport(MessageSource messages) {
		this.messages = messages;
	}

	/** When her reminders ring: her days (at least one), her time, her zone. */
	public record Schedule(Set<DayOfWeek> days, LocalTime time, ZoneId zone) {

		public Schedule {
			if (days.isEmpty()) {
				throw new IllegalArgumentException("a schedule has at least one day");
			}
			days = Set.copyOf(days);
		}

		/** The RFC 5545 codes of her days, Monday first: "MO,WE,FR". */
		public String dayCodes() {
			return EnumSet.copyOf(days).stream().map(CalendarExport::code).collect(Collectors.joining(","));
		}

	}

	/** What identifies her calendar and when it was last revised; both stable, so the text is too. */
	public record Stamp(String uid, Instant revised, LocalDate from) {
	}

	/** The days suggested for a routine of so many sessions a week, before she chooses her own. */
	public static Set<DayOfWeek> suggestedDays(int timesPerWeek) {
		return days(DAYS.getOrDefault(Math.max(1, Math.min(7, timesPerWeek)), DAYS.get(3)));
	}

	/** "MO,WE,FR" as days; unknown codes are left out. */
	public static Set<DayOfWeek> days(String codes) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String code : codes.split(",")) {
			for (DayOfWeek day : DayOfWeek.values()) {
				if (code(day).equals(code.strip())) {
					days.add(day);
				}
			}
		}
		return days;
	}

	static String code(DayOfWeek day) {
		return day.name().substring(0, 2);
	}

	/**
	 * Her weekly sessions: the first on or after {@code stamp.from()}, the event's text from the
	 * messages with a link to {@code today}.
	 */
	public String calendar(Assessment.PersonalRoutine routine, Schedule schedule, Stamp stamp, URI today,
			Locale language) {
		LocalDate first = stamp.from();
		while (!schedule.days().contains(first.getDayOfWeek())) {
			first = first.plusDays(1);
		}
		ZonedDateTime start = ZonedDateTime.of(first, schedule.time(), schedule.zone());
		String summary = text(language, "calendar.summary", routine.title());
		VEvent event = new VEvent(start, Duration.ofMinutes(Math.max(5, routine.estimatedMinutes())), summary);
		event.replace(new DtStamp(stamp.revised()));
		event.add(new Uid(stamp.uid()));
		event.add(new RRule<>(new Recur<ZonedDateTime>("FREQ=WEEKLY;BYDAY=" + schedule.dayCodes())));
		List<String> names = routine.exercises().stream().map(Assessment.PlannedExercise::name).toList();
		event.add(new Description(text(language, "calendar.description", String.join(", ", names), today.toString())));
		event.add(new Url(today));
		// At the start, not before: she chose the time she wants to be told.
		VAlarm alarm = new VAlarm(Duration.ZERO);
		alarm.add(new Action(Action.VALUE_DISPLAY));
		alarm.add(new Description(text(language, "calendar.alarm", routine.title())));
		event.add(alarm);
		return IcsLines.folded(base(schedule.zone(), first.getYear(), language).withComponent(event).getFluentTarget().toString());
	}

	/**
	 * A calendar with no event (her zone's definition alone, since a calendar holds at least one
	 * component): what the feed says when her answers rule out exercise, so that her calendar
	 * app drops the reminders it had rather than keep ringing.
	 */
	public String withoutEvents(ZoneId zone, LocalDate from, Locale language) {
		return IcsLines.folded(base(zone, from.getYear(), language).getFluentTarget().toString());
	}

	private Calendar base(ZoneId zone, int fromYear, Locale language) {
		Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
		calendar.add(new XProperty("X-WR-CALNAME", text(language, "calendar.name")));
		// RFC 7986 and the older name some apps read: fetch again within hours.
		calendar.add(new XProperty("REFRESH-INTERVAL", new ParameterList(List.of(Value.DURATION)),
				"PT" + REFRESH.toHours() + "H"));
		calendar.add(new XProperty("X-PUBLISHED-TTL", "PT" + REFRESH.toHours() + "H"));
		calendar.add(TimeZoneDefinition.of(zone, fromYear - 1));
		return calendar;
	}

	private String text(Locale language, String key, Object... arguments) {
		return messages.getMessage(key, arguments, language);
	}

}
