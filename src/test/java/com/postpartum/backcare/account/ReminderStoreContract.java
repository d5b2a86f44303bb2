package com.postpartum.backcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.postpartum.backcare.practice.CalendarExport;

/**
 * Her reminders and her calendar feed's address in the database, on any database the app runs
 * on: what she saved comes back as she chose it (days, a local time, her zone), a new address
 * stops the one before, and both go with her account.
 */
abstract class ReminderStoreContract {

	@Autowired
	Reminders reminders;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void herRemindersComeBackAsSheChoseThemAndASecondSaveReplacesTheFirst() {
		long her = newAccount("reminders");
		assertThat(reminders.find(her)).isEmpty();
		reminders.save(her, new CalendarExport.Schedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
				LocalTime.of(6, 45), ZoneId.of("Pacific/Auckland")));
		reminders.save(her, new CalendarExport.Schedule(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(21, 5),
				ZoneId.of("America/Argentina/Buenos_Aires")));
		assertThat(reminders.find(her)).hasValueSatisfying(saved -> {
			assertThat(saved.schedule().days()).containsExactly(DayOfWeek.SUNDAY);
			assertThat(saved.schedule().time()).isEqualTo(LocalTime.of(21, 5));
			assertThat(saved.schedule().zone()).isEqualTo(ZoneId.of("America/Argentina/Buenos_Aires"));
		});
		assertThat(jdbc.queryForObject("select count(*) from reminder where account_id = ?", Integer.class, her))
			.isEqualTo(1);
	}

	@Test
	void aNewFeedAddressStopsTheOneBeforeAndStoppingEndsIt() {
		long her = newAccount("feed");
		long other = newAccount("feed-other");
		String first = feeds.renew(her);
		String theirs = feeds.renew(other);
		assertThat(feeds.accountOf(first)).contains(her);
		assertThat(jdbc.queryForList("select token_hash from calendar_feed", String.class)).doesNotContain(first);

		String second = feeds.renew(her);
		assertThat(feeds.accountOf(first)).isEmpty();
		assertThat(feeds.accountOf(second)).contains(her);
		assertThat(feeds.accountOf(theirs)).contains(other);

		feeds.stop(her);
		assertThat(feeds.accountOf(second)).isEmpty();
		assertThat(feeds.since(her)).isEmpty();
		assertThat(feeds.accountOf(theirs)).contains(other);
	}

	@Test
	void bothGoWithHerAccount() {
		long her = newAccount("gone");
		reminders.save(her, new CalendarExport.Schedule(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.NOON, ZoneId.of("UTC")));
		String token = feeds.renew(her);
		jdbc.update("delete from account where id = ?", her);
		assertThat(reminders.find(her)).isEmpty();
		assertThat(feeds.accountOf(token)).isEmpty();
	}

	private long newAccount(String prefix) {
		String email = prefix + "-" + UUID.randomUUID() + "@example.com";
		jdbc.update("insert into account (email, password_hash, created_at) values (?, 'not a hash', current_timestamp)",
				email);
		return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
	}

}
