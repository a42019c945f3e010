package org.cityhall.identity;

import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports the register extracts the city receives: CSV files, UTF-8, separated by {@code ;}, with
 * a header line, in the formats {@code docs/registers.md} describes column by column.
 * <ul>
 * <li>the population register: {@value #PERSONS} and {@value #GUARDIANSHIPS}, which come together;
 * <li>the vehicle register: {@value #VEHICLES};
 * <li>the company register: {@value #COMPANIES} and {@value #SIGNATORIES}, which come together.
 * </ul>
 * An extract may hold any of the three registers; a register it does not hold is left as it is.
 * <p>
 * Every line is checked before anything is changed. If any is wrong, nothing is imported and
 * {@link InvalidExtractException} names every wrong line with its column and the reason. Otherwise
 * each register in the extract replaces the city's copy as a full snapshot, in one transaction:
 * what is missing from the extract is removed. The events {@link PersonMoved},
 * {@link ProtectedIdentityChanged}, {@link GuardianshipGranted}, {@link GuardianshipEnded} and
 * {@link VehicleChanged} are published, in that transaction, for what differs from the city's
 * copy; importing the same extract twice publishes nothing the second time. The first import
 * into an empty register publishes nothing for that register: nothing has changed for anyone
 * yet, and modules that need the current state read the registers.
 */
public interface RegisterImports {

	String PERSONS = "persons.csv";
	String GUARDIANSHIPS = "guardianships.csv";
	String VEHICLES = "vehicles.csv";
	String COMPANIES = "companies.csv";
	String SIGNATORIES = "signatories.csv";

	/** The files an extract may hold, in the order they are read. */
	List<String> FILES = List.of(PERSONS, GUARDIANSHIPS, VEHICLES, COMPANIES, SIGNATORIES);

	/**
	 * Imports the extract files found in a directory under the names in {@link #FILES}; other
	 * files there are ignored.
	 *
	 * @param importedBy who imported it, as the import log records: a staff id or a job's name
	 * @throws InvalidExtractException if a line is wrong, a file is not UTF-8 or a register's
	 *         file is missing; nothing is imported then
	 */
	ImportReport importExtract(Path directory, String importedBy);

	/**
	 * Imports extract files given by name (the keys are names from {@link #FILES}). Each reader
	 * is read to its end; closing it is the caller's.
	 *
	 * @throws InvalidExtractException as {@link #importExtract(Path, String)}
	 */
	ImportReport importExtract(Map<String, ? extends Reader> files, String importedBy);

	/** An extract was refused; nothing of it was imported. */
	final class InvalidExtractException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final List<Problem> problems;
		private final int total;

		/**
		 * @param problems the problems to report, in file and line order
		 * @param total how many were found; more than reported when there were too many to list
		 */
		public InvalidExtractException(List<Problem> problems, int total) {
			super(summary(problems, total));
			this.problems = List.copyOf(problems);
			this.total = total;
		}

		/** The problems found, in file and line order; at most the first thousand. */
		public List<Problem> problems() {
			return problems;
		}

		/** How many problems were found in all. */
		public int total() {
			return total;
		}

		private static String summary(List<Problem> problems, int total) {
			StringBuilder text = new StringBuilder("the extract was not imported: ")
					.append(total).append(total == 1 ? " problem" : " problems");
			problems.stream().limit(20).forEach(problem -> text.append("\n  ").append(problem));
			if (total > 20) {
				text.append("\n  … and ").append(total - 20).append(" more");
			}
			return text.toString();
		}
	}

	/**
	 * What is wrong where in an extract.
	 *
	 * @param file the file's name, e.g. {@code persons.csv}
	 * @param line the line, counting the header as line 1; 0 for the file as a whole
	 * @param column the column's name from the header, {@code null} for the line or file as a whole
	 * @param reason what is wrong, in English, for the city's IT staff
	 */
	record Problem(String file, int line, String column, String reason) {

		public Problem {
			Objects.requireNonNull(file, "file");
			Objects.requireNonNull(reason, "reason");
		}

		@Override
		public String toString() {
			return file + (line > 0 ? " line " + line : "") + (column != null ? ", column " + column : "") + ": " + reason;
		}
	}
}
