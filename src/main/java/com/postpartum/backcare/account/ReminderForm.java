package com.postpartum.backcare.account;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.postpartum.backcare.practice.CalendarExport;

/**
 * The reminders form as the page shows it (days as {@code DayOfWeek} names, the time as HH:mm, the
 * zone id), and the form as she sent it, checked field by field: one message per field, in form
 * order, and nothing stored when there is any. Hostile values are bounded before they are read:
 * more values than days in a week, a long time or zone, are simply wrong.
 */
public record ReminderForm(Set<String> days, String time, String zone, boolean detectZone) {

	static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	/** What {@code <input type="time">} sends (seconds only with a step under a minute), or typed by hand. */
	private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?");

	static final int MAX_TIME = 8;

	/** The longest zone id Java knows is 32 characters. */
	static final int MAX_ZONE = 64;

	/** Every id Java knows: what the form accepts. */
	static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

	/** What the list offers: the region/city ids and UTC, sorted; other ids Java knows are accepted too. */
	static final List<String> LISTED_ZONES = ZONES.stream()
		.filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+")
				|| id.equals("UTC"))
		.collect(Collectors.toCollection(TreeSet::new))
		.stream()
		.toList();

	static ReminderForm of(CalendarExport.Schedule schedule, boolean detectZone) {
		return new ReminderForm(schedule.days().stream().map(DayOfWeek::name).collect(Collectors.toSet()),
				schedule.time().format(HOURS_MINUTES), schedule.zone().getId(), detectZone);
	}

	/** Her choice, or the problems (field → message key) and the values to show again. */
	record Checked(CalendarExport.Schedule schedule, Map<String, String> problems, ReminderForm shown) {
	}

	static Checked check(List<String> days, String time, String zone) {
		Map<String, String> problems = new LinkedHashMap<>();
		Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
		List<String> sent = days == null ? List.of() : days;
		if (sent.size() > DayOfWeek.values().length) {
			problems.put("days", "reminders.error.days.unknown");
		}
		else {
			for (String day : sent) {
				dayNamed(day).ifPresentOrElse(chosen::add,
						() -> problems.putIfAbsent("days", "reminders.error.days.unknown"));
			}
			if (chosen.isEmpty()) {
				problems.putIfAbsent("days", "reminders.error.days.none");
			}
		}
		LocalTime at = time(time);
		if (at == null) {
			problems.put("time", "reminders.error.time");
		}
		String zoneId = zone == null ? "" : zone.strip();
		boolean knownZone = zoneId.length() <= MAX_ZONE && ZONES.contains(zoneId);
		if (!knownZone) {
			problems.put("zone", "reminders.error.zone");
		}
		ReminderForm shown = new ReminderForm(chosen.stream().map(DayOfWeek::name).collect(Collectors.toSet()),
				time == null ? "" : time.strip().substring(0, Math.min(MAX_TIME, time.strip().length())),
				knownZone ? zoneId : Reminders.DEFAULT_ZONE.getId(), false);
		return problems.isEmpty()
				? new Checked(new CalendarExport.Schedule(chosen, at, ZoneId.of(zoneId)), Map.of(), shown)
				: new Checked(null, problems, shown);
	}

	private static java.util.Optional<DayOfWeek> dayNamed(String name) {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.name().equals(name)) {
				return java.util.Optional.of(day);
			}
		}
		return java.util.Optional.empty();
	}

	/** 00:00 to 23:59; seconds are dropped. */
	static LocalTime time(String typed) {
		if (typed == null || typed.strip().length() > MAX_TIME) {
			return null;
		}
		Matcher parts = TIME.matcher(typed.strip());
		if (!parts.matches()) {
			return null;
		}
		int hour = Integer.parseInt(parts.group(1));
		int minute = Integer.parseInt(parts.group(2));
		int second = parts.group(3) == null ? 0 : Integer.parseInt(parts.group(3));
		return hour < 24 && minute < 60 && second < 60 ? LocalTime.of(hour, minute) : null;
	}

	/** Public, as every method a template calls. */
	public boolean hasDay(String day) {
		return days.contains(day);
	}

}
