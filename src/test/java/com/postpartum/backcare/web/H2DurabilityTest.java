package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.postpartum.backcare.BackcareApplication;

/**
 * The default H2 file database writes a commit before the answer goes out (bench/crash.sh
 * kills the process during writes and finds every acknowledged answer). Here: the setting
 * is in force on a file database started with any URL.
 */
class H2DurabilityTest {

	@Test
	void anH2FileDatabaseWritesEveryCommitAtOnce(@TempDir Path folder) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BackcareApplication.class)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db"))) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList(
					"select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'",
					String.class))
				.isNotEmpty()
				.containsOnly("0");
		}
	}

}
