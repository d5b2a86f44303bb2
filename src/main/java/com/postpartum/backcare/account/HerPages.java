package com.postpartum.backcare.account;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.web.SignedInPages;

/**
 * Her daily pages and what they depend on, for the signed-in page cache: her account row, her
 * latest answers, her latest practice day and the state of today's session, the devices she is
 * signed in on (how many, the newest), her passkeys (how many, the latest use: a new passkey's
 * last use is the time it was added, so adding, removing or signing in with one moves one of
 * the two), her reminders (when she last saved them), her calendar feed's address (when it was
 * made: a new one or a stopped one moves it), and the day itself.
 * Past days' sessions change only when her browser sends one it kept while offline, which
 * stamps the session's {@code synced_at}, so its latest value is in the version too; every new
 * answer or session moves one of these, and one statement of index look-ups tells whether a kept
 * page still holds (docs/performance.md, "Signed-in pages"). A feature that ever changes a past
 * day's session otherwise must move this version too.
 */
@Component
class HerPages implements SignedInPages {

	private static final Set<String> PATHS = Set.of("/today", "/progress", AccountController.ACCOUNT_URL);

	private static final String VERSION = """
			select a.email,
			       (select max(s.created_at) from assessment s where s.account_id = a.id),
			       (select max(p.session_day) from practice_session p where p.account_id = a.id),
			       (select max(p.synced_at) from practice_session p where p.account_id = a.id),
			       (select case when p.completed then 'finished' else 'started' end
			          from practice_session p where p.account_id = a.id and p.session_day = ?),
			       (select count(*) from spring_session d where d.principal_name = a.email),
			       (select max(d.creation_time) from spring_session d where d.principal_name = a.email),
			       (select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id
			         where u.name = a.email),
			       (select max(c.last_used) from user_credentials c join user_entities u on u.id = c.user_entity_user_id
			         where u.name = a.email),
			       (select r.updated_at from reminder r where r.account_id = a.id),
			       (select f.created_at from calendar_feed f where f.account_id = a.id)
			  from account a where a.id = ?""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	HerPages(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Set<String> paths() {
		return PATHS;
	}

	@Override
	public String versionFor(long accountId) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.query(VERSION, rows -> {
			if (!rows.next()) {
				return today + "|gone";
			}
			StringBuilder version = new StringBuilder(today.toString());
			for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
				version.append('|').append(rows.getString(column));
			}
			return version.toString();
		}, Date.valueOf(today), accountId);
	}

}
