package org.cityhall.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL the tests run on, one per test run. By default an embedded server in a temporary
 * directory; with {@code CITYHALL_TEST_DB_URL} set (as CI does), a fresh database created on that
 * server for this run and dropped after it, so runs never see each other's rows or migrations.
 */
public final class TestDatabase {

	static final String URL_VARIABLE = "CITYHALL_TEST_DB_URL";
	private static final String PREFIX = "cityhall_test_";
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static Connection connection;

	/** How to reach the test database. */
	public record Connection(String url, String username, String password) {
	}

	private TestDatabase() {
	}

	public static synchronized Connection connection() {
		if (connection == null) {
			String server = System.getenv(URL_VARIABLE);
			connection = server == null || server.isBlank() ? startEmbedded() : createOn(server.trim());
		}
		return connection;
	}

	private static Connection startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			afterSpringShutdown(() -> {
				try {
					postgres.close();
				}
				catch (Exception ignored) {
					// the temporary directory goes with the JVM anyway
				}
			});
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	private static Connection createOn(String serverUrl) {
		String username = env("CITYHALL_TEST_DB_USER", "postgres");
		String password = env("CITYHALL_TEST_DB_PASSWORD", "");
		String database = PREFIX + LocalDateTime.now().format(STAMP) + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
		try (var admin = DriverManager.getConnection(serverUrl, username, password); Statement sql = admin.createStatement()) {
			dropLeftovers(sql);
			sql.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create a test database on " + serverUrl + " (" + URL_VARIABLE + ")", ex);
		}
		afterSpringShutdown(() -> {
			try (var admin = DriverManager.getConnection(serverUrl, username, password); Statement sql = admin.createStatement()) {
				sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
			catch (SQLException ignored) {
				// dropped as a leftover by a later run
			}
		});
		return new Connection(withDatabase(serverUrl, database), username, password);
	}

	/** Databases of runs that died before dropping theirs, older than a day. */
	private static void dropLeftovers(Statement sql) throws SQLException {
		String dayAgo = LocalDateTime.now().minusDays(1).format(STAMP);
		List<String> old = new ArrayList<>();
		try (var rows = sql.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			while (rows.next()) {
				String name = rows.getString(1);
				String stamp = name.substring(PREFIX.length(), Math.min(name.length(), PREFIX.length() + 14));
				if (stamp.compareTo(dayAgo) < 0) {
					old.add(name);
				}
			}
		}
		for (String name : old) {
			sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	/**
	 * The test contexts still use the database while they close (the event registry reports
	 * unfinished publications), so it goes last: Spring Boot runs these handlers once every
	 * context has closed, at the end of the JVM.
	 */
	private static void afterSpringShutdown(Runnable action) {
		SpringApplication.getShutdownHandlers().add(action);
	}

	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String params = query < 0 ? "" : url.substring(query);
		int slash = base.indexOf('/', "jdbc:postgresql://".length());
		String server = slash < 0 ? base : base.substring(0, slash);
		return server + "/" + database + params;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
