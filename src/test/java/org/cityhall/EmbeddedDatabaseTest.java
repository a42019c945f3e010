package org.cityhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo city's own PostgreSQL: its data survives a restart, and two CityHalls never share it. */
class EmbeddedDatabaseTest {

	@TempDir
	Path data;

	@Test
	void theDemoCitySurvivesARestart() throws Exception {
		Path directory = data.resolve("postgres");
		try (EmbeddedDatabase first = EmbeddedDatabase.start(directory, 0);
				var connection = DriverManager.getConnection(first.jdbcUrl("postgres"), "postgres", "")) {
			connection.createStatement().execute("CREATE TABLE kept (resident text)");
			connection.createStatement().execute("INSERT INTO kept VALUES ('still here')");
		}
		try (EmbeddedDatabase second = EmbeddedDatabase.start(directory, 0);
				var connection = DriverManager.getConnection(second.jdbcUrl("postgres"), "postgres", "");
				var rows = connection.createStatement().executeQuery("SELECT resident FROM kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("still here");
		}
	}

	@Test
	void aSecondCityHallOnTheSameDataDirectoryIsRefusedWithAClearMessage() throws Exception {
		Path directory = data.resolve("postgres");
		try (EmbeddedDatabase running = EmbeddedDatabase.start(directory, 0)) {
			assertThatThrownBy(() -> EmbeddedDatabase.start(directory, 0))
					.isInstanceOf(EmbeddedDatabase.DataDirectoryInUseException.class)
					.hasMessageContaining("already in use by another CityHall")
					.hasMessageContaining(directory.toAbsolutePath().toString());
			try (var connection = DriverManager.getConnection(running.jdbcUrl("postgres"), "postgres", "");
					var rows = connection.createStatement().executeQuery("SELECT 1")) {
				assertThat(rows.next()).as("the running one is untouched").isTrue();
			}
		}
	}
}
