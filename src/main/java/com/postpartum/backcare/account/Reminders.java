package com.postpartum.backcare.account;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.practice.CalendarExport;

/**
 * Her reminders (V12): the days and time she chose for her session, in her time zone, one row per
 * account; her calendar carries them (docs/architecture.md, "Reminders and the calendar feed").
 * Deleting her account deletes the row (the foreign key cascades).
 */
@Component
class Reminders {

	/** Her choice and when she saved it. */
	record Saved(CalendarExport.Schedule schedule, Instant updatedAt) {
	}

	/** Before she chooses a zone and the browser does not say hers. */
	static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Reminders(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Saved> find(long accountId) {
		List<Saved> found = jdbc.query(
				"select days, at_time, time_zone, updated_at from reminder where account_id = ?",
				(rows, row) -> new Saved(
						new CalendarExport.Schedule(CalendarExport.days(rows.getString("days")),
								rows.getObject("at_time", LocalTime.class), ZoneId.of(rows.getString("time_zone"))),
						rows.getObject("updated_at", OffsetDateTime.class).toInstant()),
				accountId);
		return found.stream().findFirst();
	}

	/**
	 * Stores her choice, replacing the one before. An update first, an insert when she had none;
	 * two first saves at once end with the later one stored (the key decides), never an error.
	 */
	void save(long accountId, CalendarExport.Schedule schedule) {
		OffsetDateTime now = LoginThrottle.at(clock.instant().truncatedTo(ChronoUnit.MICROS));
		String days = schedule.dayCodes();
		if (update(accountId, schedule, days, now) == 0) {
			try {
				jdbc.update("insert into reminder (account_id, days, at_time, time_zone, updated_at) values (?, ?, ?, ?, ?)",
						accountId, days, schedule.time(), schedule.zone().getId(), now);
			}
			catch (DuplicateKeyException raced) {
				update(accountId, schedule, days, now);
			}
		}
	}

	private int update(long accountId, CalendarExport.Schedule schedule, String days, OffsetDateTime now) {
		return jdbc.update("update reminder set days = ?, at_time = ?, time_zone = ?, updated_at = ? where account_id = ?",
				days, schedule.time(), schedule.zone().getId(), now, accountId);
	}

	/** Monday first, as the form shows them. */
	static List<DayOfWeek> week() {
		return List.of(DayOfWeek.values());
	}

}
