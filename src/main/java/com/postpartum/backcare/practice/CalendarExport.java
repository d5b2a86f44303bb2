package com.postpartum.backcare.practice;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.assessment.Assessment;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;

/** Her routine's weekly sessions as an RFC 5545 calendar, built with ical4j. */
@Component
public class CalendarExport {

	/** Spread over the week so there is rest between sessions. */
	static final Map<Integer, String> DAYS = Map.of(1, "SA", 2, "TU,FR", 3, "MO,WE,FR", 4, "MO,TU,TH,SA", 5,
			"MO,TU,WE,TH,FR", 6, "MO,TU,WE,TH,FR,SA", 7, "MO,TU,WE,TH,FR,SA,SU");

	static final LocalTime EVENING = LocalTime.of(19, 0);

	private final MessageSource messages;

	CalendarExport(MessageSource messages) {
		this.messages = messages;
	}

	public String calendar(Assessment.PersonalRoutine routine, LocalDate from, long accountId) {
		VEvent event = new VEvent(LocalDateTime.of(from.plusDays(1), EVENING),
				Duration.ofMinutes(Math.max(5, routine.estimatedMinutes())), text("calendar.summary", routine.title()));
		event.add(new Uid("routine-" + routine.slug() + "-" + accountId + "@backcare"));
		event.add(new RRule<>(new Recur<LocalDateTime>("FREQ=WEEKLY;BYDAY=" + DAYS.get(routine.timesPerWeek()))));
		List<String> names = routine.exercises().stream().map(Assessment.PlannedExercise::name).toList();
		event.add(new Description(text("calendar.description", String.join(", ", names))));
		Calendar calendar = new Calendar().withProdId("-//Back after baby//Routine//EN")
			.withDefaults()
			.withComponent(event)
			.getFluentTarget();
		return calendar.toString();
	}

	private String text(String key, String argument) {
		return messages.getMessage(key, new Object[] { argument }, Locale.ENGLISH);
	}

}
