package org.cityhall.shared;

/**
 * A cell of the CSV files CityHall exports for spreadsheets (semicolon-separated, UTF-8 with a byte order
 * mark): quoted, a quote inside written twice, and defused so a spreadsheet never runs as a formula what
 * someone typed.
 */
public final class SpreadsheetCell {

	private SpreadsheetCell() {
	}

	public static String of(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
