package org.cityhall.billing.bankgirot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of Bankgirot's files of fixed-width records (BgMax and autogiro: 80 characters; e-faktura: 240):
 * lines of a fixed width, each a record whose first two characters are its code (transaktionskod, postkod),
 * with fields by their columns, counted from 1 as the layouts count them. A wrong field is reported with its
 * line and column.
 */
public abstract class RecordReader {

	/** The file's lines, without blank lines at its end. */
	protected final List<String> lines;

	/** The line being read, from 0. */
	protected int at;

	private final int width;

	/** A file of 80-character records. */
	protected RecordReader(String text) {
		this(text, 80);
	}

	/** A file of records {@code width} characters wide. */
	protected RecordReader(String text, int width) {
		this.width = width;
		List<String> read = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				read.add(line);
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		while (!read.isEmpty() && read.get(read.size() - 1).isBlank()) {
			read.remove(read.size() - 1);
		}
		this.lines = read;
	}

	/** The format's own exception for a line that is wrong (0 for the file as a whole). */
	protected abstract RuntimeException failure(int line, String message);

	/** The current line, blanks added to the record's width (a file may leave trailing blanks off). */
	protected String line() {
		String line = lines.get(at);
		if (line.length() > width) {
			throw error(width + 1, "a record has " + width + " characters, this line " + line.length());
		}
		return line.length() < width ? line + " ".repeat(width - line.length()) : line;
	}

	protected void expect(String line, String code) {
		if (!code(line).equals(code)) {
			throw error(1, "expected the record " + code + ", found " + code(line));
		}
	}

	/** Checks a count the file states against what was read. */
	protected void check(String line, int from, int to, long counted, String what) {
		long said = Long.parseLong(digits(line, from, to, "the number of " + what));
		if (said != counted) {
			throw error(from, "the end record says " + said + " " + what + ", the file has " + counted);
		}
	}

	/** A field of digits only. */
	protected String digits(String line, int from, int to, String what) {
		String value = field(line, from, to);
		if (!value.matches("[0-9]+")) {
			throw error(from, what + " (columns " + from + "–" + to + ") is '" + value + "', not digits");
		}
		return value;
	}

	/** An error at a column of the current line. */
	protected RuntimeException error(int column, String message) {
		return failure(at + 1, "column " + column + ": " + message);
	}

	protected static String code(String line) {
		return line.substring(0, 2);
	}

	/** The field in columns {@code from} to {@code to}, both included, counted from 1. */
	protected static String field(String line, int from, int to) {
		return line.substring(from - 1, to);
	}
}
