package org.cityhall.web;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * {@link MyPagesReads} over PostgreSQL's driver, which sends the statements of one prepared statement
 * written as {@code q1; q2; ...} in one round trip and answers with one result per statement, in order.
 * One query alone is sent as it is.
 */
final class ReadsTogether implements MyPagesReads {

	private final JdbcOperations jdbc;
	private final List<Queued<?>> queued = new ArrayList<>();

	ReadsTogether(JdbcOperations jdbc) {
		this.jdbc = Objects.requireNonNull(jdbc);
	}

	@Override
	public <T> Supplier<List<T>> query(String sql, RowMapper<T> rows, Object... args) {
		String statement = sql.strip();
		if (statement.isEmpty() || statement.contains(";")) {
			throw new IllegalArgumentException("one statement without ';' is queued at a time: " + sql);
		}
		Queued<T> query = new Queued<>(statement, rows, args.clone());
		queued.add(query);
		return () -> {
			if (query.result == null && query.failure == null) {
				sendQueued();
			}
			if (query.failure != null) {
				throw query.failure;
			}
			return query.result;
		};
	}

	private void sendQueued() {
		List<Queued<?>> sending = List.copyOf(queued);
		queued.clear();
		try {
			send(sending);
		}
		catch (RuntimeException failed) {
			// Every query of the round trip failed with it; each says so when asked, not just the first.
			sending.forEach(query -> query.failure = failed);
			throw failed;
		}
	}

	private void send(List<Queued<?>> sending) {
		if (sending.size() == 1) {
			sending.get(0).keepAll(jdbc.query(sending.get(0).sql, sending.get(0).rows, sending.get(0).args));
			return;
		}
		StringBuilder sql = new StringBuilder();
		for (Queued<?> query : sending) {
			sql.append(query.sql).append(";\n");
		}
		jdbc.execute(sql.toString(), (PreparedStatement statement) -> {
			int index = 1;
			for (Queued<?> query : sending) {
				for (Object arg : query.args) {
					StatementCreatorUtils.setParameterValue(statement, index++, SqlTypeValue.TYPE_UNKNOWN, arg);
				}
			}
			boolean isResult = statement.execute();
			for (Queued<?> query : sending) {
				while (!isResult) {
					if (statement.getUpdateCount() == -1) {
						throw new IllegalStateException("the database answered fewer results than the " + sending.size()
								+ " queries sent together");
					}
					isResult = statement.getMoreResults();
				}
				try (ResultSet result = statement.getResultSet()) {
					query.read(result);
				}
				isResult = statement.getMoreResults();
			}
			return null;
		});
	}

	private static final class Queued<T> {

		final String sql;
		final RowMapper<T> rows;
		final Object[] args;
		List<T> result;
		RuntimeException failure;

		Queued(String sql, RowMapper<T> rows, Object[] args) {
			this.sql = sql;
			this.rows = rows;
			this.args = args;
		}

		void read(ResultSet result) throws SQLException {
			List<T> read = new ArrayList<>();
			int row = 0;
			while (result.next()) {
				read.add(rows.mapRow(result, row++));
			}
			this.result = Collections.unmodifiableList(read);
		}

		@SuppressWarnings("unchecked")
		void keepAll(List<?> read) {
			this.result = Collections.unmodifiableList((List<T>) read);
		}
	}
}
