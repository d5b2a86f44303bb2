package com.postpartum.backcare.practice;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE for any zone Java knows, drawn from the JDK's own rules. ical4j's bundled
 * definitions cover only part of {@code ZoneId.getAvailableZoneIds()} (and fail on some ids,
 * or rename others), while the form accepts every id Java knows; drawing the definition from the
 * same rules that validated it means the TZID always matches and never fails. It starts in the
 * year given (no need for a century of history) with the offset then in force, lists the fixed
 * changes after it, and then the zone's yearly rules as RRULEs, or, for a rule an RRULE cannot
 * say (a change at midnight that lands on the next day), each change of the next
 * {@value #SPELLED_OUT_YEARS} years.
 */
final class TimeZoneDefinition {

	static final int SPELLED_OUT_YEARS = 20;

	private TimeZoneDefinition() {
	}

	static VTimeZone of(ZoneId zone, int fromYear) {
		ZoneRules rules = zone.getRules();
		Instant from = LocalDate.of(fromYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<Observance> observances = new ArrayList<>();
		ZoneOffset atStart = rules.getOffset(from);
		observances.add(observance(rules.isDaylightSavings(from), LocalDateTime.of(fromYear, 1, 1, 0, 0), atStart,
				atStart, null));
		int lastFixedYear = fromYear - 1;
		for (ZoneOffsetTransition change : rules.getTransitions()) {
			if (change.getInstant().isAfter(from)) {
				observances.add(observance(change, rules));
				lastFixedYear = change.getDateTimeBefore().getYear();
			}
		}
		int yearlyFrom = Math.max(fromYear, lastFixedYear + 1);
		for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
			ZoneOffsetTransition first = rule.createTransition(yearlyFrom);
			if (sayableAsRRule(rule, yearlyFrom)) {
				observances.add(observance(!rule.getOffsetAfter().equals(rule.getStandardOffset()),
						first.getDateTimeBefore(), rule.getOffsetBefore(), rule.getOffsetAfter(), rrule(rule)));
			}
			else {
				IntStream.range(yearlyFrom, yearlyFrom + SPELLED_OUT_YEARS)
					.forEach(year -> observances.add(observance(rule.createTransition(year), rules)));
			}
		}
		return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
	}

	private static Observance observance(ZoneOffsetTransition change, ZoneRules rules) {
		return observance(rules.isDaylightSavings(change.getInstant()), change.getDateTimeBefore(),
				change.getOffsetBefore(), change.getOffsetAfter(), null);
	}

	private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset before, ZoneOffset after,
			RRule<LocalDateTime> rule) {
		List<Property> properties = new ArrayList<>(
				List.of(new DtStart<>(start), new TzOffsetFrom(before), new TzOffsetTo(after)));
		if (rule != null) {
			properties.add(rule);
		}
		PropertyList list = new PropertyList(properties);
		return daylight ? new Daylight(list) : new Standard(list);
	}

	/**
	 * "The Sunday on or after the 8th of March" as BYMONTH=3;BYDAY=SU;BYMONTHDAY=8,…,14, "the last
	 * Sunday" as BYMONTHDAY=-7,…,-1: the form the tz database's own iCalendar versions use.
	 */
	private static RRule<LocalDateTime> rrule(ZoneOffsetTransitionRule rule) {
		int indicator = rule.getDayOfMonthIndicator();
		StringBuilder recur = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.getMonth().getValue());
		if (rule.getDayOfWeek() == null) {
			recur.append(";BYMONTHDAY=").append(indicator);
		}
		else {
			int firstDay = indicator > 0 ? indicator : indicator - 6;
			recur.append(";BYDAY=")
				.append(CalendarExport.code(rule.getDayOfWeek()))
				.append(";BYMONTHDAY=")
				.append(IntStream.rangeClosed(firstDay, firstDay + 6)
					.mapToObj(Integer::toString)
					.collect(Collectors.joining(",")));
		}
		return new RRule<>(new Recur<LocalDateTime>(recur.toString()));
	}

	/**
	 * Whether the RRULE gives the change's local date and time in every year: not when the change
	 * is at 24:00 or defined in UTC far enough from the zone to fall on another day.
	 */
	private static boolean sayableAsRRule(ZoneOffsetTransitionRule rule, int fromYear) {
		LocalTime time = rule.createTransition(fromYear).getDateTimeBefore().toLocalTime();
		return IntStream.range(fromYear, fromYear + 28).allMatch(year -> {
			LocalDateTime change = rule.createTransition(year).getDateTimeBefore();
			return change.toLocalTime().equals(time) && change.toLocalDate().equals(ruleDate(rule, year));
		});
	}

	private static LocalDate ruleDate(ZoneOffsetTransitionRule rule, int year) {
		int indicator = rule.getDayOfMonthIndicator();
		LocalDate monthStart = LocalDate.of(year, rule.getMonth(), 1);
		LocalDate date = indicator > 0 ? monthStart.withDayOfMonth(indicator)
				: monthStart.with(TemporalAdjusters.lastDayOfMonth()).plusDays(indicator + 1L);
		DayOfWeek day = rule.getDayOfWeek();
		if (day == null) {
			return date;
		}
		return date.with(indicator > 0 ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
	}

}
