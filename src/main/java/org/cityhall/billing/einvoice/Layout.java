package org.cityhall.billing.einvoice;

import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The rules every record of the e-faktura files follows (docs/billing.md, "e-faktura"): 240 characters,
 * ISO 8859-1, the record code (postkod) in columns 1–2; text fields (AN) left-aligned with blanks after,
 * number fields (N) right-aligned with zeros before; dates YYYYMMDD.
 */
final class Layout {

	static final int WIDTH = 240;
	static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private Layout() {
	}

	/** A text field: cut to its width, characters ISO 8859-1 lacks (and line breaks) written as '?'. */
	static String text(String value, int width) {
		CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();
		StringBuilder written = new StringBuilder(width);
		String source = value == null ? "" : value.strip();
		for (int i = 0; i < source.length() && written.length() < width; i++) {
			char c = source.charAt(i);
			written.append(Character.isISOControl(c) || !latin1.canEncode(c) ? '?' : c);
		}
		return written + " ".repeat(width - written.length());
	}

	/** A number field: zeros before. */
	static String number(long value, int width) {
		String digits = Long.toString(value);
		if (value < 0 || digits.length() > width) {
			throw new IllegalArgumentException(value + " does not fit a number field of " + width + " digits");
		}
		return "0".repeat(width - digits.length()) + digits;
	}

	/** A record: its fields, blanks to the record's width. */
	static String record(String fields) {
		if (fields.length() > WIDTH) {
			throw new IllegalStateException("a record has " + WIDTH + " characters, not " + fields.length());
		}
		return fields + " ".repeat(WIDTH - fields.length());
	}

	static LocalDate date(String yyyymmdd) {
		try {
			return LocalDate.parse(yyyymmdd, DATE);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}
}
