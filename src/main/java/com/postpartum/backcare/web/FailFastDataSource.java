package com.postpartum.backcare.web;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * While the database is out of reach, a request that needs it is refused at once instead of
 * each one waiting out the pool's connection timeout (3 s, twice for some pages): the outage
 * then costs her a quick 503, not a page that hangs, and the server's threads are not all held
 * waiting. Once a connection has failed, callers are refused for {@link #QUIET} and then one
 * caller at a time tries the pool again; the first success ends the outage.
 * <p>
 * Only a failure to connect trips it. A pool that is merely busy (every connection lent out,
 * the database healthy) times out without such a cause, and those callers keep waiting their
 * turn as before, so a burst of load is never turned into 503s.
 */
final class FailFastDataSource extends DelegatingDataSource {

	static final Duration QUIET = Duration.ofSeconds(1);

	private final LongSupplier nanoClock;

	/** {@code System.nanoTime()} until which callers are refused; meaningful while {@link #out} is set. */
	private final AtomicLong refuseUntil = new AtomicLong();

	private final AtomicBoolean out = new AtomicBoolean();

	private final AtomicBoolean probing = new AtomicBoolean();

	FailFastDataSource(DataSource pool) {
		this(pool, System::nanoTime);
	}

	FailFastDataSource(DataSource pool, LongSupplier nanoClock) {
		super(pool);
		this.nanoClock = nanoClock;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(() -> obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> obtainTargetDataSource().getConnection(username, password));
	}

	/** True while connections are being refused without asking the pool. */
	boolean refusing() {
		return out.get() && nanoClock.getAsLong() - refuseUntil.get() < 0;
	}

	private Connection connect(Connect connect) throws SQLException {
		if (!out.get()) {
			return tryPool(connect);
		}
		if (refusing() || !probing.compareAndSet(false, true)) {
			throw new SQLTransientConnectionException(
					"The database could not be reached a moment ago; not waiting for the pool again yet", "08001");
		}
		try {
			return tryPool(connect);
		}
		finally {
			probing.set(false);
		}
	}

	private Connection tryPool(Connect connect) throws SQLException {
		try {
			Connection connection = connect.get();
			// Read first: a write on every connection would be work added to every request.
			if (out.get()) {
				out.set(false);
			}
			return connection;
		}
		catch (SQLException ex) {
			if (failedToConnect(ex)) {
				refuseUntil.set(nanoClock.getAsLong() + QUIET.toNanos());
				out.set(true);
			}
			throw ex;
		}
	}

	/**
	 * The pool's timeout carries the last failure to open a connection as its cause when the
	 * database refused or dropped it; a pool that is only busy gives no such cause.
	 */
	static boolean failedToConnect(SQLException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException
					|| cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	@FunctionalInterface
	private interface Connect {

		Connection get() throws SQLException;

	}

}
