package com.postpartum.backcare.account;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.postpartum.backcare.web.Languages;
import org.springframework.ui.Model;

import com.postpartum.backcare.assessment.Assessment;
import com.postpartum.backcare.assessment.AssessmentService;
import com.postpartum.backcare.mail.MailSettings;

/**
 * Her account page's model, for every controller that shows it (the page itself, and a form
 * of it sent back with problems). A form's problems and values, set on the model before, are kept.
 */
@Component
class AccountPage {

	static final String VIEW = "account/account";

	private final AccountService accounts;

	private final AssessmentService assessments;

	private final Passkeys passkeys;

	private final Reminders reminders;

	private final CalendarFeeds feeds;

	private final RoutineCalendars calendars;

	private final MailSettings mail;

	private final ZoneNames zoneNames;

	AccountPage(AccountService accounts, AssessmentService assessments, Passkeys passkeys, Reminders reminders,
			CalendarFeeds feeds, RoutineCalendars calendars, MailSettings mail, ZoneNames zoneNames) {
		this.zoneNames = zoneNames;
		this.accounts = accounts;
		this.assessments = assessments;
		this.passkeys = passkeys;
		this.reminders = reminders;
		this.feeds = feeds;
		this.calendars = calendars;
		this.mail = mail;
	}

	String render(Model model, long accountId, HttpServletRequest request) {
		Account account = accounts.find(accountId).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("assessments", assessments.listFor(accountId));
		model.addAttribute("devices", accounts.devices(account, request.getSession().getId()));
		model.addAttribute("passkeys", passkeys.of(account.getEmail()));
		if (!model.containsAttribute("passwordErrors")) {
			model.addAttribute("passwordErrors", Map.of());
		}
		if (!model.containsAttribute("emailErrors")) {
			model.addAttribute("emailErrors", Map.of());
			model.addAttribute("newEmail", "");
		}
		reminders(model, accountId);
		return VIEW;
	}

	private void reminders(Model model, long accountId) {
		Optional<Assessment.PersonalRoutine> routine = calendars.routine(accountId);
		if (!model.containsAttribute("reminderErrors")) {
			Optional<Reminders.Saved> saved = reminders.find(accountId);
			model.addAttribute("reminderErrors", Map.of());
			model.addAttribute("reminder", ReminderForm.of(calendars.schedule(saved, routine), saved.isEmpty()));
		}
		model.addAttribute("reminderDays", Reminders.week());
		model.addAttribute("zones", ReminderForm.LISTED_ZONES);
		model.addAttribute("zoneLabels", zoneNames.labels(Languages.current()));
		model.addAttribute("suggestedPerWeek", routine.map(Assessment.PersonalRoutine::timesPerWeek).orElse(null));
		model.addAttribute("calendarAllowed", routine.isPresent());
		model.addAttribute("feedSince", feeds.since(accountId).orElse(null));
	}

	/** The address of a feed, for the page that shows it once. */
	CalendarAddress address(String token) {
		String https = mail.link(CalendarController.FEED_PREFIX + token + ".ics").toString();
		return new CalendarAddress(https, "webcal" + https.substring(https.indexOf(':')));
	}

}
