package org.cityhall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * My pages' sections' queries, sent together: each query answers what it would have answered alone, in
 * one statement sent to the database for all queued before the first answer is asked for.
 */
@CityHallWebTest
class MyPagesReadsTest {

	@Autowired
	DataSource dataSource;

	/** Statements the driver was asked to prepare, i.e. round trips to the database. */
	final AtomicInteger statements = new AtomicInteger();

	JdbcTemplate counted;

	@BeforeEach
	void countStatements() {
		counted = new JdbcTemplate(new DelegatingDataSource(dataSource) {
			@Override
			public Connection getConnection() throws java.sql.SQLException {
				Connection connection = super.getConnection();
				return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
						(proxy, method, args) -> {
							if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
								statements.incrementAndGet();
							}
							try {
								return method.invoke(connection, args);
							}
							catch (InvocationTargetException thrown) {
								throw thrown.getCause();
							}
						});
			}
		});
	}

	@Test
	void queriesOfDifferentShapesAnswerAsAloneInOneStatement() {
		String text = "Karin Ek " + UUID.randomUUID();
		LocalDate day = LocalDate.of(2026, 11, 28);
		Instant when = Instant.parse("2026-11-28T09:30:00Z");
		MyPagesReads reads = MyPagesReads.together(counted);

		Supplier<List<String>> texts = reads.query("SELECT upper(?) || '!'", (row, n) -> row.getString(1), text);
		Supplier<List<Integer>> numbers = reads.query("SELECT g FROM generate_series(1, ?) g ORDER BY g", (row, n) -> row.getInt(1), 5);
		Supplier<List<String>> none = reads.query("SELECT 'never' WHERE ? < 0", (row, n) -> row.getString(1), 1);
		Supplier<List<LocalDate>> days = reads.query("SELECT CAST(? AS date) + 1", (row, n) -> row.getObject(1, LocalDate.class), day);
		Supplier<List<Long>> epochs = reads.query("SELECT CAST(extract(epoch FROM CAST(? AS timestamptz)) AS bigint)",
				(row, n) -> row.getLong(1), java.sql.Timestamp.from(when));
		assertThat(statements).hasValue(0);

		assertThat(numbers.get()).containsExactly(1, 2, 3, 4, 5);
		assertThat(statements).as("one statement for all five queries").hasValue(1);
		assertThat(texts.get()).containsExactly(text.toUpperCase() + "!");
		assertThat(none.get()).isEmpty();
		assertThat(days.get()).containsExactly(day.plusDays(1));
		assertThat(epochs.get()).containsExactly(when.getEpochSecond());
		assertThat(numbers.get()).as("the same rows on every call").isSameAs(numbers.get());
		assertThat(statements).hasValue(1);
	}

	@Test
	void aQueryQueuedAfterTheRoundTripGoesInTheNextOne() {
		MyPagesReads reads = MyPagesReads.together(counted);
		Supplier<List<Integer>> first = reads.query("SELECT ?", (row, n) -> row.getInt(1), 1);
		assertThat(first.get()).containsExactly(1);
		Supplier<List<Integer>> second = reads.query("SELECT ? + 1", (row, n) -> row.getInt(1), 1);
		Supplier<List<Integer>> third = reads.query("SELECT ? + 2", (row, n) -> row.getInt(1), 1);
		assertThat(third.get()).containsExactly(3);
		assertThat(second.get()).containsExactly(2);
		assertThat(statements).hasValue(2);
	}

	@Test
	void rowsAreReadWithTheGivenMapperInTheirOrder() {
		String person = "19" + UUID.randomUUID().toString().substring(0, 8);
		MyPagesReads reads = MyPagesReads.together(counted);
		Supplier<List<String>> letters = reads.query("SELECT x FROM unnest(ARRAY['c', 'a', 'b']) x ORDER BY x DESC",
				(row, n) -> n + ":" + row.getString(1));
		Supplier<List<String>> same = reads.query("SELECT ? || ''", (row, n) -> row.getString(1), person);
		assertThat(letters.get()).containsExactly("0:c", "1:b", "2:a");
		assertThat(same.get()).containsExactly(person);
	}

	@Test
	void aFailingQueryFailsAsAnyQueryDoes() {
		MyPagesReads reads = MyPagesReads.together(counted);
		Supplier<List<Integer>> fine = reads.query("SELECT 1", (row, n) -> row.getInt(1));
		Supplier<List<Integer>> broken = reads.query("SELECT 1 FROM no_such_table_for_my_pages", (row, n) -> row.getInt(1));
		assertThatThrownBy(broken::get).isInstanceOf(DataAccessException.class).hasMessageContaining("no_such_table_for_my_pages");
		assertThatThrownBy(fine::get).as("the query sent with it failed with it").isInstanceOf(DataAccessException.class)
				.hasMessageContaining("no_such_table_for_my_pages");
		assertThat(statements).as("not sent again").hasValue(1);
	}

	@Test
	void aStatementIsQueuedAloneWithoutItsSeparator() {
		MyPagesReads reads = MyPagesReads.together(counted);
		assertThatThrownBy(() -> reads.query("SELECT 1; SELECT 2", (row, n) -> row.getInt(1)))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> reads.query("  ", (row, n) -> row.getInt(1))).isInstanceOf(IllegalArgumentException.class);
		assertThat(statements).hasValue(0);
	}
}
