package org.cityhall.identity.registers;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How a staged file differs from its register table, counted in SQL: rows the table lacks, rows
 * with other values, rows the file no longer holds.
 */
record Difference(int before, int added, int changed, int removed) {

	/**
	 * @param key the key columns, the same in both tables
	 * @param values the other columns compared, the same in both tables; none for a table of keys
	 */
	static Difference between(JdbcTemplate jdbc, ExtractFile file, String table, List<String> key, List<String> values) {
		String keyMatches = String.join(" AND ", key.stream().map(column -> "t." + column + " = s." + column).toList());
		String changed = values.isEmpty() ? "0"
				: "(SELECT count(*) FROM " + file.stagingTable + " s JOIN " + table + " t ON " + keyMatches
						+ " WHERE " + rowOf("t", values) + " IS DISTINCT FROM " + rowOf("s", values) + ")";
		return jdbc.queryForObject("SELECT (SELECT count(*) FROM " + table + ") AS before, "
				+ "(SELECT count(*) FROM " + file.stagingTable + " s WHERE NOT EXISTS (SELECT 1 FROM " + table + " t WHERE "
				+ keyMatches + ")) AS added, "
				+ changed + " AS changed, "
				+ "(SELECT count(*) FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM " + file.stagingTable + " s WHERE "
				+ keyMatches + ")) AS removed",
				(rs, row) -> new Difference(rs.getInt("before"), rs.getInt("added"), rs.getInt("changed"), rs.getInt("removed")));
	}

	/** Makes the table hold exactly the staged rows: removes what the file lacks, adds and updates the rest. */
	static void apply(JdbcTemplate jdbc, ExtractFile file, String table, List<String> key, List<String> values) {
		String keyMatches = String.join(" AND ", key.stream().map(column -> "t." + column + " = s." + column).toList());
		jdbc.update("DELETE FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM " + file.stagingTable + " s WHERE "
				+ keyMatches + ")");
		String columns = String.join(", ", concat(key, values));
		String onConflict = values.isEmpty() ? "DO NOTHING"
				: "DO UPDATE SET " + String.join(", ", values.stream().map(column -> column + " = EXCLUDED." + column).toList())
						+ " WHERE " + rowOf(table, values) + " IS DISTINCT FROM " + rowOf("EXCLUDED", values);
		jdbc.update("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + file.stagingTable
				+ " ON CONFLICT (" + String.join(", ", key) + ") " + onConflict);
	}

	private static String rowOf(String alias, List<String> columns) {
		return "ROW(" + String.join(", ", columns.stream().map(column -> alias + "." + column).toList()) + ")";
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}
}
