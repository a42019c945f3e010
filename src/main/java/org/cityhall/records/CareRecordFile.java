package org.cityhall.records;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * The care-record file the elderly-care operations system sends, read line by line: UTF-8 text (a byte
 * order mark allowed), fields separated by {@code ;}, a field in double quotes may hold {@code ;} and a
 * quote written twice, the header {@value #HEADER} first. Blank lines are skipped. Each line is checked
 * on its own; a bad line is reported and the others still count.
 */
final class CareRecordFile {

	static final String HEADER = "record_id;personal_identity_number;unit;kind;occurred_at;measure;note;performed_by";
	static final String[] COLUMNS = HEADER.split(";");
	static final int MAX_FIELD = 2000;
	private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,100}");
	private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
	private static final Pattern UNIT = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	/** A line that passed every check. */
	record Line(int number, String recordId, PersonalIdentityNumber person, String unit, DiaryEntry.Kind kind,
			Instant occurredAt, String measure, String note, String performedBy) {
	}

	/** Every good line and every error, in line order. */
	record Parsed(List<Line> lines, List<ImportReport.LineError> errors, int count) {
	}

	private CareRecordFile() {
	}

	static Parsed parse(byte[] content, LocalDate today) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException ex) {
			return new Parsed(List.of(), List.of(new ImportReport.LineError(0, "", "the file is not UTF-8 text")), 0);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String[] rows = text.split("\r?\n", -1);
		if (rows.length == 0 || !rows[0].strip().equals(HEADER)) {
			return new Parsed(List.of(), List.of(new ImportReport.LineError(1, "",
					"the first line must be the header " + HEADER)), 0);
		}
		List<Line> lines = new ArrayList<>();
		List<ImportReport.LineError> errors = new ArrayList<>();
		Map<String, PersonalIdentityNumber> numbers = new HashMap<>();
		int count = 0;
		for (int i = 1; i < rows.length; i++) {
			if (rows[i].isBlank()) {
				continue;
			}
			count++;
			int number = i + 1;
			Optional<List<String>> fields = fields(rows[i]);
			if (fields.isEmpty()) {
				errors.add(new ImportReport.LineError(number, "", "a quoted field is not closed"));
				continue;
			}
			List<String> f = fields.get();
			if (f.size() != COLUMNS.length) {
				errors.add(new ImportReport.LineError(number, "", "the line has " + f.size() + " fields, not " + COLUMNS.length));
				continue;
			}
			String problem = null;
			String column = "";
			for (int c = 0; c < f.size() && problem == null; c++) {
				if (f.get(c).length() > MAX_FIELD) {
					column = COLUMNS[c];
					problem = "longer than " + MAX_FIELD + " characters";
				}
			}
			PersonalIdentityNumber person = null;
			Optional<DiaryEntry.Kind> kind = DiaryEntry.Kind.ofCode(f.get(3));
			Instant at = null;
			if (problem == null && !RECORD_ID.matcher(f.get(0)).matches()) {
				column = COLUMNS[0];
				problem = "required: 1 to 100 letters, digits or . _ : / -";
			}
			if (problem == null) {
				try {
					String typed = f.get(1);
					if (!TWELVE_DIGITS.matcher(typed).matches()) {
						throw new IllegalArgumentException("not 12 digits");
					}
					person = numbers.computeIfAbsent(typed, t -> PersonalIdentityNumber.parse(t, today));
				}
				catch (IllegalArgumentException ex) {
					column = COLUMNS[1];
					problem = "not a valid personal identity number of 12 digits";
				}
			}
			if (problem == null && !UNIT.matcher(f.get(2)).matches()) {
				column = COLUMNS[2];
				problem = "required: the unit's code, lower-case letters, digits and -";
			}
			if (problem == null && kind.isEmpty()) {
				column = COLUMNS[3];
				problem = "must be decision, plan, detail or note";
			}
			if (problem == null) {
				try {
					at = OffsetDateTime.parse(f.get(4)).toInstant();
				}
				catch (DateTimeParseException ex) {
					column = COLUMNS[4];
					problem = "must be a time with its offset, like 2026-11-27T08:30:00+01:00";
				}
			}
			if (problem == null && at.isAfter(today.plusDays(2).atStartOfDay(CareDiaries.ZONE).toInstant())) {
				column = COLUMNS[4];
				problem = "lies in the future";
			}
			if (problem == null && f.get(5).isBlank()) {
				column = COLUMNS[5];
				problem = "required: what was decided or done";
			}
			if (problem == null && f.get(7).isBlank()) {
				column = COLUMNS[7];
				problem = "required: who did it";
			}
			if (problem != null) {
				errors.add(new ImportReport.LineError(number, column, problem));
				continue;
			}
			lines.add(new Line(number, f.get(0), person, f.get(2), kind.get(), at, f.get(5), f.get(6), f.get(7)));
		}
		return new Parsed(lines, errors, count);
	}

	/** The fields of a line, stripped; empty when a quote is left open. */
	static Optional<List<String>> fields(String row) {
		return org.cityhall.shared.DelimitedLine.fields(row, ';').map(fields -> fields.stream().map(String::strip).toList());
	}
}
