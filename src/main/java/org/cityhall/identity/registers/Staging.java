package org.cityhall.identity.registers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The extract's good lines in temporary tables of the importing transaction, each row with its
 * line number, so that what concerns several lines or files (a number twice, a guardian who is
 * not in persons.csv) is found in SQL, and the differences to the registers are computed there.
 * The tables go with the transaction.
 */
final class Staging {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;
	private final ExtractFile file;
	private final List<Object[]> batch = new ArrayList<>(BATCH);

	private Staging(JdbcTemplate jdbc, ExtractFile file) {
		this.jdbc = jdbc;
		this.file = file;
	}

	static Staging create(JdbcTemplate jdbc, ExtractFile file) {
		// A refused import earlier in the same transaction may have left the table behind.
		jdbc.execute("DROP TABLE IF EXISTS " + file.stagingTable);
		jdbc.execute("CREATE TEMPORARY TABLE " + file.stagingTable.substring("pg_temp.".length()) + " ("
				+ definition(file) + ") ON COMMIT DROP");
		return new Staging(jdbc, file);
	}

	void add(Object[] row) {
		batch.add(row);
		if (batch.size() == BATCH) {
			flush();
		}
	}

	void finish() {
		flush();
		jdbc.execute("ANALYZE " + file.stagingTable);
	}

	static void drop(JdbcTemplate jdbc, Set<ExtractFile> files) {
		files.forEach(file -> jdbc.execute("DROP TABLE IF EXISTS " + file.stagingTable));
	}

	private void flush() {
		if (!batch.isEmpty()) {
			String placeholders = String.join(", ", Collections.nCopies(batch.get(0).length, "?"));
			jdbc.batchUpdate("INSERT INTO " + file.stagingTable + " VALUES (" + placeholders + ")", batch);
			batch.clear();
		}
	}

	/** Reports what concerns more than one line: numbers twice in a file, references to lines another file lacks. */
	static void check(JdbcTemplate jdbc, Set<ExtractFile> files, Problems problems) {
		if (files.contains(ExtractFile.PERSONS)) {
			duplicates(jdbc, ExtractFile.PERSONS, "personal_identity_number", "personal_identity_number", problems);
		}
		if (files.contains(ExtractFile.GUARDIANSHIPS)) {
			duplicates(jdbc, ExtractFile.GUARDIANSHIPS, "child, guardian", null, problems);
			missing(jdbc, ExtractFile.GUARDIANSHIPS, "child", ExtractFile.PERSONS, "personal_identity_number", problems);
			missing(jdbc, ExtractFile.GUARDIANSHIPS, "guardian", ExtractFile.PERSONS, "personal_identity_number", problems);
		}
		if (files.contains(ExtractFile.VEHICLES)) {
			duplicates(jdbc, ExtractFile.VEHICLES, "plate", "plate", problems);
		}
		if (files.contains(ExtractFile.COMPANIES)) {
			duplicates(jdbc, ExtractFile.COMPANIES, "organisation_number", "organisation_number", problems);
		}
		if (files.contains(ExtractFile.SIGNATORIES)) {
			duplicates(jdbc, ExtractFile.SIGNATORIES, "organisation_number, personal_identity_number", null, problems);
			missing(jdbc, ExtractFile.SIGNATORIES, "organisation_number", ExtractFile.COMPANIES, "organisation_number",
					problems);
		}
	}

	private static void duplicates(JdbcTemplate jdbc, ExtractFile file, String key, String column, Problems problems) {
		jdbc.query("SELECT line, first_line FROM (SELECT line, min(line) OVER (PARTITION BY " + key
				+ ") AS first_line FROM " + file.stagingTable + ") lines WHERE line > first_line ORDER BY line",
				rs -> {
					problems.add(file.fileName, rs.getInt("line"), column,
							(column == null ? "repeats line " : "repeats the value on line ") + rs.getInt("first_line"));
				});
	}

	private static void missing(JdbcTemplate jdbc, ExtractFile file, String column, ExtractFile other, String otherColumn,
			Problems problems) {
		jdbc.query("SELECT line FROM " + file.stagingTable + " s WHERE NOT EXISTS (SELECT 1 FROM " + other.stagingTable
				+ " o WHERE o." + otherColumn + " = s." + column + ") ORDER BY line",
				rs -> {
					problems.add(file.fileName, rs.getInt("line"), column, "is not in " + other.fileName);
				});
	}

	private static String definition(ExtractFile file) {
		return "line INTEGER NOT NULL, " + switch (file) {
			case PERSONS -> """
					personal_identity_number TEXT NOT NULL, given_name TEXT NOT NULL, family_name TEXT NOT NULL,
					date_of_birth DATE NOT NULL, protected_identity BOOLEAN NOT NULL, street TEXT NOT NULL,
					postal_code TEXT NOT NULL, city TEXT NOT NULL, district TEXT NOT NULL,
					easting DOUBLE PRECISION NOT NULL, northing DOUBLE PRECISION NOT NULL, household_id TEXT NOT NULL""";
			case GUARDIANSHIPS -> "child TEXT NOT NULL, guardian TEXT NOT NULL";
			case VEHICLES -> """
					plate TEXT NOT NULL, owner TEXT NOT NULL, vehicle_user TEXT, in_traffic BOOLEAN NOT NULL,
					make_model TEXT NOT NULL""";
			case COMPANIES -> "organisation_number TEXT NOT NULL, name TEXT NOT NULL";
			case SIGNATORIES -> "organisation_number TEXT NOT NULL, personal_identity_number TEXT NOT NULL";
		};
	}
}
