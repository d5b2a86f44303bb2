package com.postpartum.backcare.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.assessment.Assessment;
import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.mail.MailSettings;
import com.postpartum.backcare.practice.CalendarExport;
import com.postpartum.backcare.web.Languages;
import com.postpartum.backcare.practice.TodayPlan;
import com.postpartum.backcare.practice.TodayPlanner;

/**
 * Her calendar, the one way it is made for the download on /account and for the feed: her
 * routine as the calendar shows it (her next session, judged again with today's rules, as the
 * printable sheet is), at her reminders' days and time (the suggestion for her routine until she
 * chooses), with a link to /today at {@code app.mail.base-url}, never at the request's Host.
 */
@Component
class RoutineCalendars {

	/** The text, and whether it holds her sessions (not when her answers rule exercise out). */
	record Built(String text, boolean hasEvents) {
	}

	private final AccountService accounts;

	private final AssessmentService assessments;

	private final TodayPlanner planner;

	private final Reminders reminders;

	private final CalendarExport export;

	private final MailSettings mail;

	RoutineCalendars(AccountService accounts, AssessmentService assessments, TodayPlanner planner, Reminders reminders,
			CalendarExport export, MailSettings mail) {
		this.accounts = accounts;
		this.assessments = assessments;
		this.planner = planner;
		this.reminders = reminders;
		this.export = export;
		this.mail = mail;
	}

	/**
	 * Her routine when her latest answers allow exercise; empty when they rule it out (an urgent
	 * or emergency outcome, a red flag answered since) or she has none: what /today decides.
	 */
	Optional<Assessment.PersonalRoutine> routine(long accountId) {
		return planner.nextSession(accountId).filter(TodayPlan::allowsExercise).map(plan -> plan.assessment().routine());
	}

	/** Her reminders as saved, or the suggestion for her routine (or for none) until she saves some. */
	CalendarExport.Schedule schedule(Optional<Reminders.Saved> saved, Optional<Assessment.PersonalRoutine> routine) {
		return saved.map(Reminders.Saved::schedule)
			.orElseGet(() -> new CalendarExport.Schedule(
					CalendarExport.suggestedDays(routine.map(Assessment.PersonalRoutine::timesPerWeek).orElse(3)),
					CalendarExport.EVENING, Reminders.DEFAULT_ZONE));
	}

	/**
	 * Her calendar in the language her account keeps, else the language of the request: a calendar
	 * app fetching the feed sends no cookie and its own language, not hers. Every word of it (the
	 * routine's names included, read through the request's language) follows that one choice.
	 */
	Built build(long accountId) {
		Account account = accounts.find(accountId).orElseThrow();
		Locale language = account.getLanguage() != null ? account.getLanguage() : Languages.current();
		LocaleContext before = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(language);
		try {
			return build(account, language);
		}
		finally {
			LocaleContextHolder.setLocaleContext(before);
		}
	}

	private Built build(Account account, Locale language) {
		long accountId = account.getId();
		Optional<Reminders.Saved> saved = reminders.find(accountId);
		Optional<Assessment.PersonalRoutine> routine = routine(accountId);
		CalendarExport.Schedule schedule = schedule(saved, routine);
		// Stable, so the same data gives the same text (and ETag): from the day she saved her
		// reminders, or opened her account, to the latest change of them or of her answers.
		Instant since = saved.map(Reminders.Saved::updatedAt).orElse(account.getCreatedAt());
		java.time.LocalDate from = since.atZone(schedule.zone()).toLocalDate();
		if (routine.isEmpty()) {
			return new Built(export.withoutEvents(schedule.zone(), from, language), false);
		}
		Instant revised = Stream
			.of(Optional.of(since), assessments.latestFor(accountId).map(AssessmentService.StoredAssessment::createdAt))
			.flatMap(Optional::stream)
			.max(Instant::compareTo)
			.orElseThrow()
			.truncatedTo(ChronoUnit.SECONDS);
		return new Built(export.calendar(routine.get(), schedule,
				new CalendarExport.Stamp(uid(account), revised, from), mail.link("/today"), language), true);
	}

	/** The same for every calendar of hers, whatever her routine: not her email, nor her bare account number. */
	static String uid(Account account) {
		return UUID.nameUUIDFromBytes(("routine-calendar:" + account.getId() + ":" + account.getCreatedAt())
			.getBytes(StandardCharsets.UTF_8)) + "@backcare";
	}

}
