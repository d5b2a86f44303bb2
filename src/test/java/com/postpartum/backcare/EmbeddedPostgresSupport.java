package com.postpartum.backcare;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test run (no Docker needed): the same Flyway
 * migrations and queries are proven on it as on H2.
 */
public final class EmbeddedPostgresSupport {

	private static EmbeddedPostgres server;

	private EmbeddedPostgresSupport() {
	}

	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not start the embedded PostgreSQL server", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; nothing left to do
				}
			}));
		}
		return server;
	}

	public static void registerDataSource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> server().getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
