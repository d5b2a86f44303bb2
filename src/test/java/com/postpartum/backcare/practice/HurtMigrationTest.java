package com.postpartum.backcare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Sessions stored before the session kept its own "hurt" still show the days that hurt after the upgrade. */
class HurtMigrationTest {

	@Test
	void aSessionStoredBeforeTheUpgradeKeepsWhetherAnExerciseHurt() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		// The schema as it was just before the session kept its own "hurt".
		MigrationVersion before = Arrays.stream(Flyway.configure().dataSource(dataSource).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version.isNewerThan("0") && !version.isAtLeast("9"))
			.max(MigrationVersion::compareTo)
			.orElseThrow();
		Flyway.configure().dataSource(dataSource).target(before).load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into account (id, email, password_hash, created_at) values (1, 'a@example.com', 'x', current_timestamp)");
		for (int day = 1; day <= 2; day++) {
			jdbc.update("insert into practice_session (id, account_id, session_day, routine_slug, phase, pain_before, "
					+ "pain_after, completed, started_at, completed_at) values (?, 1, ?, 'phase-2-rebuild', 2, 3, 2, true, "
					+ "current_timestamp, current_timestamp)", day, java.sql.Date.valueOf("2026-11-0" + day));
			jdbc.update("insert into practice_exercise (session_id, position, exercise_slug, done, hurt) values (?, 0, 'cat-cow', true, ?)",
					day, day == 2);
		}

		Flyway.configure().dataSource(dataSource).load().migrate();

		assertThat(jdbc.queryForList("select hurt from practice_session order by session_day", Boolean.class))
			.containsExactly(false, true);
	}

}
