package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

class FailFastDataSourceTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final DataSource pool = mock(DataSource.class);

	private final FailFastDataSource database = new FailFastDataSource(pool, now::get);

	private final Connection connection = mock(Connection.class);

	/** What Hikari throws when its timeout ends while the database refuses connections. */
	private static SQLException refused() {
		return new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms",
				"08001", new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException()));
	}

	/** What Hikari throws when every connection is lent out and the database is fine. */
	private static SQLException busy() {
		return new SQLTransientConnectionException(
				"Connection is not available, request timed out after 3000ms (total=10, active=10, idle=0, waiting=4)");
	}

	@Test
	void afterTheDatabaseRefusedAConnectionTheNextRequestsAreRefusedAtOnceWithoutAskingThePool() throws Exception {
		when(pool.getConnection()).thenThrow(refused());
		assertThatThrownBy(database::getConnection).hasMessageContaining("timed out");

		for (int request = 0; request < 5; request++) {
			assertThatThrownBy(database::getConnection).isInstanceOf(SQLTransientConnectionException.class)
				.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).as("a failure to connect, for the 503")
					.startsWith("08"));
		}
		verify(pool, times(1)).getConnection();
		assertThat(database.refusing()).isTrue();
	}

	@Test
	void afterTheQuietSpellOneRequestTriesThePoolAgainAndItsSuccessEndsTheOutage() throws Exception {
		when(pool.getConnection()).thenThrow(refused()).thenThrow(refused()).thenReturn(connection);
		assertThatThrownBy(database::getConnection);

		now.addAndGet(FailFastDataSource.QUIET.toNanos() + 1);
		assertThatThrownBy(database::getConnection).as("still down: asked, and refused again")
			.hasMessageContaining("timed out");
		assertThatThrownBy(database::getConnection).as("a new quiet spell").hasMessageContaining("not waiting");

		now.addAndGet(FailFastDataSource.QUIET.toNanos() + 1);
		assertThat(database.getConnection()).isSameAs(connection);
		assertThat(database.refusing()).isFalse();
		assertThat(database.getConnection()).as("back to normal: every request asks the pool").isSameAs(connection);
		verify(pool, times(4)).getConnection();
	}

	@Test
	void aBusyPoolWithAHealthyDatabaseKeepsEveryoneWaitingTheirTurnInsteadOfRefusingThem() throws Exception {
		when(pool.getConnection()).thenThrow(busy()).thenReturn(connection);
		assertThatThrownBy(database::getConnection).hasMessageContaining("waiting=4");

		assertThat(database.getConnection()).isSameAs(connection);
		assertThat(database.refusing()).isFalse();
		verify(pool, times(2)).getConnection();
	}

	@Test
	void whileOneRequestTriesTheDatabaseAgainTheOthersAreRefusedRatherThanAllWaiting() throws Exception {
		CountDownLatch asking = new CountDownLatch(1);
		CountDownLatch answer = new CountDownLatch(1);
		when(pool.getConnection()).thenThrow(refused()).thenAnswer(invocation -> {
			asking.countDown();
			answer.await(10, TimeUnit.SECONDS);
			return connection;
		});
		assertThatThrownBy(database::getConnection);
		now.addAndGet(FailFastDataSource.QUIET.toNanos() + 1);

		ExecutorService first = Executors.newSingleThreadExecutor();
		try {
			Future<Connection> probe = first.submit(() -> database.getConnection());
			assertThat(asking.await(10, TimeUnit.SECONDS)).isTrue();
			assertThatThrownBy(database::getConnection).hasMessageContaining("not waiting");
			answer.countDown();
			assertThat(probe.get(10, TimeUnit.SECONDS)).isSameAs(connection);
		}
		finally {
			first.shutdownNow();
		}
		verify(pool, times(2)).getConnection();
	}

}
