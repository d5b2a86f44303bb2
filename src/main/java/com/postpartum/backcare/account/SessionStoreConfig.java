package com.postpartum.backcare.account;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How sign-in sessions are written to the database. A request writes only what it changed,
 * the last-access time at most once a minute. And two requests of one session (a double tap,
 * or two instances behind the load balancer) may add the same session attribute at once; a
 * plain INSERT then fails the second with a duplicate key, so attributes are written as an
 * upsert and the last one wins.
 */
@Configuration
class SessionStoreConfig {

	/** A request that changes nothing in her session writes nothing (see {@link SignInSessionRepository}). */
	@Bean
	static BeanPostProcessor quietSignInSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository jdbc ? new SignInSessionRepository(jdbc) : bean;
			}
		};
	}

	static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, "
			+ "ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
			throws SQLException {
		String database;
		try (Connection connection = dataSource.getConnection()) {
			database = connection.getMetaData().getDatabaseProductName();
		}
		if ("PostgreSQL".equalsIgnoreCase(database)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
	}

}
