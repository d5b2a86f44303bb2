package com.postpartum.backcare.account;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.postpartum.backcare.web.AccountHolder;
import com.postpartum.backcare.web.SignedInAccount;
import com.postpartum.backcare.web.Languages;

/**
 * Her reminders on /account and her calendar feed: {@code /calendar/<token>.ics}, read by a
 * calendar app with no cookie (its own stateless security chain), made and stopped on /account
 * (docs/architecture.md, "Reminders and the calendar feed"). The token is never logged.
 */
@Controller
class CalendarController {

	static final String FEED_PREFIX = "/calendar/";

	static final String REMINDERS_URL = AccountController.ACCOUNT_URL + "/reminders";

	static final String FEED_LINK_URL = AccountController.ACCOUNT_URL + "/calendar-link";

	/** Short, so a changed routine or a stopped exercise reaches her calendar soon. */
	static final CacheControl FEED_CACHING = CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate();

	private final Reminders reminders;

	private final CalendarFeeds feeds;

	private final RoutineCalendars calendars;

	private final AccountPage page;

	private final MessageSource messages;

	CalendarController(Reminders reminders, CalendarFeeds feeds, RoutineCalendars calendars, AccountPage page,
			MessageSource messages) {
		this.reminders = reminders;
		this.feeds = feeds;
		this.calendars = calendars;
		this.page = page;
		this.messages = messages;
	}

	/**
	 * Her calendar, made on every request so a new assessment shows at the app's next fetch. When
	 * her answers rule exercise out, a valid calendar with no event rather than a 404: a calendar
	 * app that gets an error keeps the copy it had, alarms included, and would go on calling her
	 * to exercise; an empty calendar removes them. An unknown or stopped address is a 404 in
	 * plain words. The ETag lets an app that asks again get a 304.
	 */
	@GetMapping(FEED_PREFIX + "{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return feeds.accountOf(token).map(accountId -> {
			String text = calendars.build(accountId).text();
			return ResponseEntity.ok()
				.contentType(ExportController.CALENDAR)
				.cacheControl(FEED_CACHING)
				.eTag(LoginThrottle.sha256(text).substring(0, 32))
				.body(text);
		})
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
				.body(messages.getMessage("calendar.feed.unknown", null, Languages.current())));
	}

	/** Her days, time and zone; nothing is stored unless all three are right. */
	@PostMapping(REMINDERS_URL)
	String saveReminders(@RequestParam(name = "days", required = false) List<String> days,
			@RequestParam(defaultValue = "") String time, @RequestParam(defaultValue = "") String timeZone,
			@SignedInAccount AccountHolder signedIn, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		ReminderForm.Checked checked = ReminderForm.check(days, time, timeZone);
		if (checked.schedule() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("reminderErrors", checked.problems());
			model.addAttribute("reminder", checked.shown());
			return page.render(model, signedIn.accountId(), request);
		}
		reminders.save(signedIn.accountId(), checked.schedule());
		return "redirect:" + AccountController.ACCOUNT_URL + "?remindersSaved#reminders";
	}

	/**
	 * A new address for her feed, the old one stopped. Shown on this answer only (rendered, not
	 * redirected, so the token is kept nowhere): only its hash is stored.
	 */
	@PostMapping(FEED_LINK_URL)
	String newFeedLink(@SignedInAccount AccountHolder signedIn, HttpServletRequest request, Model model) {
		model.addAttribute("newFeed", page.address(feeds.renew(signedIn.accountId())));
		return page.render(model, signedIn.accountId(), request);
	}

	@PostMapping(FEED_LINK_URL + "/stop")
	String stopFeed(@SignedInAccount AccountHolder signedIn) {
		feeds.stop(signedIn.accountId());
		return "redirect:" + AccountController.ACCOUNT_URL + "?calendarLinkStopped#reminders";
	}

}
