package org.cityhall.records;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What came of an import, for the sender: how many lines, how many became new entries, how many were
 * already there (sent before), and each rejected line with why. A reason never repeats the value, which
 * may be personal data, so a report can be logged.
 *
 * @param importId the import's id; empty ({@code null}) when the file as a whole was refused
 * @param errors the first {@value #MAX_ERRORS} errors, in line order
 */
public record ImportReport(UUID importId, int lines, int accepted, int duplicates, int rejected, List<LineError> errors) {

	/** The most errors one report lists; {@link #rejected()} counts them all. */
	public static final int MAX_ERRORS = 1000;

	public ImportReport {
		errors = List.copyOf(errors);
	}

	/**
	 * A line that was not imported.
	 *
	 * @param line the line's number in the file, the header being line 1
	 * @param column the column at fault, by its header name; empty for the line as a whole
	 * @param reason what is wrong, in English, without the value
	 */
	public record LineError(int line, String column, String reason) {

		public LineError {
			Objects.requireNonNull(column, "column");
			Objects.requireNonNull(reason, "reason");
		}
	}
}
