package com.postpartum.backcare.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/** Whether a failure means the database cannot be reached: then the answer is 503, not 500. */
@Component
class DatabaseAvailability {

	private final DataSource database;

	DatabaseAvailability(DataSource database) {
		this.database = database;
	}

	/** True when the failure is the database being out of reach (asking it, when the failure does not say). */
	boolean explains(Throwable failure) {
		return isUnavailable(failure) || involvesDatabase(failure) && !reachable();
	}

	/** A failure to reach the database, named as such anywhere in the chain of causes. */
	private static boolean isUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException
					|| cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Some other database error. A lost connection often surfaces only as the rollback's own
	 * failure ("connection is closed"), so for these the database itself is asked.
	 */
	private static boolean involvesDatabase(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause instanceof SQLException) {
				return true;
			}
		}
		return false;
	}

	private boolean reachable() {
		try (Connection connection = database.getConnection()) {
			return connection.isValid(1);
		}
		catch (SQLException unreachable) {
			return false;
		}
	}

}
