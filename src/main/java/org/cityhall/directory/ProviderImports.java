package org.cityhall.directory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.cityhall.shared.DelimitedLine;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Position;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the administrations' files: private providers, care homes and home help ({@link File#PROVIDERS}), and
 * the quality indicators of any provider ({@link File#INDICATORS}). A file is read whole and checked line by
 * line; a dry run writes nothing, and an import writes the file only when no line has a problem, so a file
 * is never half imported. The files are CSV, UTF-8 (a byte order mark allowed), fields separated by {@code ;}
 * or {@code ,} as the header line shows, in any order the header gives; see {@code docs/directory.md}.
 */
@Service
public class ProviderImports {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** The two files the administrations send, with the columns each must have. */
	public enum File {
		PROVIDERS(List.of("kind", "code", "name", "run_by", "organisation_number", "district", "address", "easting", "northing",
				"offers_sv", "offers_en")),
		INDICATORS(List.of("provider", "indicator", "year", "value", "source"));

		private final List<String> columns;

		File(List<String> columns) {
			this.columns = columns;
		}

		public List<String> columns() {
			return columns;
		}
	}

	/**
	 * What is wrong with a line: its number (the header is line 1; 0 for the file as a whole), the column, and
	 * the reason as a message key {@code directory.import.problem.<code>} with its arguments.
	 */
	public record Problem(int line, String column, String code, List<Object> args) {

		static Problem of(int line, String column, String code, Object... args) {
			return new Problem(line, column, code, List.of(args));
		}
	}

	/** A line of the file: its number (the header is line 1) and its fields by column. */
	private record Line(int number, Map<String, String> fields) {

		String get(String column) {
			return fields.get(column);
		}
	}

	/** What a dry run found or an import did. */
	public record Result(File file, int lines, List<Problem> problems, boolean written) {
	}

	private final Directory directory;
	private final Clock clock;

	ProviderImports(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** Checks the file and, unless it is a dry run and only when every line is right, writes it. */
	@Transactional
	public Result importFile(File file, byte[] content, boolean dryRun) {
		List<Problem> problems = new ArrayList<>();
		List<Line> lines = read(file, content, problems);
		List<Runnable> writes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Line line : lines) {
			int number = line.number();
			int before = problems.size();
			Runnable write = file == File.PROVIDERS ? provider(number, line, problems) : indicator(number, line, problems);
			String key = file == File.PROVIDERS ? line.get("kind") + ":" + line.get("code")
					: line.get("provider") + "/" + line.get("indicator") + "/" + line.get("year");
			if (problems.size() == before && !seen.add(key)) {
				problems.add(Problem.of(number, file == File.PROVIDERS ? "code" : "year", "repeated"));
			}
			if (problems.size() == before) {
				writes.add(write);
			}
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(Problem.of(0, "", "no-lines"));
		}
		boolean write = !dryRun && problems.isEmpty();
		if (write) {
			writes.forEach(Runnable::run);
		}
		return new Result(file, lines.size(), problems, write);
	}

	private static List<Line> read(File file, byte[] content, List<Problem> problems) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String[] rows = text.split("\r?\n", -1);
		if (rows[0].isBlank()) {
			problems.add(Problem.of(0, "", "empty"));
			return List.of();
		}
		char separator = rows[0].indexOf(';') >= 0 ? ';' : ',';
		List<String> header = DelimitedLine.fields(rows[0], separator).orElse(List.of()).stream()
				.map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		List<String> missing = file.columns().stream().filter(c -> !header.contains(c)).toList();
		if (!missing.isEmpty()) {
			problems.add(Problem.of(1, String.join(", ", missing), "missing-columns"));
			return List.of();
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 1; i < rows.length; i++) {
			if (rows[i].isBlank()) {
				continue;
			}
			Optional<List<String>> values = DelimitedLine.fields(rows[i], separator);
			if (values.isEmpty()) {
				problems.add(Problem.of(i + 1, "", "unclosed-quote"));
				continue;
			}
			if (values.get().size() != header.size()) {
				problems.add(Problem.of(i + 1, "", "field-count", header.size(), values.get().size()));
				continue;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (int k = 0; k < header.size(); k++) {
				fields.put(header.get(k), values.get().get(k).strip());
			}
			lines.add(new Line(i + 1, fields));
		}
		return lines;
	}

	private Runnable provider(int number, Line line, List<Problem> problems) {
		Optional<ProviderKind> kind = ProviderKind.fromCode(line.get("kind").toLowerCase(Locale.ROOT));
		if (kind.isEmpty()) {
			problems.add(Problem.of(number, "kind", "kind"));
		}
		String code = line.get("code");
		if (!CODE.matcher(code).matches()) {
			problems.add(Problem.of(number, "code", "code"));
		}
		String name = line.get("name");
		if (name.isEmpty() || name.length() > 200) {
			problems.add(Problem.of(number, "name", "name"));
		}
		String runBy = line.get("run_by").toLowerCase(Locale.ROOT);
		if (!runBy.equals("city") && !runBy.equals("private")) {
			problems.add(Problem.of(number, "run_by", "run-by"));
		}
		boolean city = runBy.equals("city");
		if (city && kind.isPresent() && (kind.get() == ProviderKind.PRESCHOOL || kind.get() == ProviderKind.SCHOOL)) {
			// The city's own pre-schools and schools are the queue's and school choice's: imported here they would be two.
			problems.add(Problem.of(number, "run_by", "city-unit-from-events"));
		}
		Optional<String> organisation = Optional.empty();
		String typedNumber = line.get("organisation_number");
		if (!typedNumber.isEmpty()) {
			if (OrganisationNumber.isValid(typedNumber)) {
				organisation = Optional.of(OrganisationNumber.parse(typedNumber).value());
			}
			else {
				problems.add(Problem.of(number, "organisation_number", "organisation-number"));
			}
		}
		else if (runBy.equals("private")) {
			problems.add(Problem.of(number, "organisation_number", "organisation-number-required"));
		}
		String district = line.get("district");
		if (district.isEmpty()) {
			problems.add(Problem.of(number, "district", "required"));
		}
		Optional<Position> position = position(number, line, kind.orElse(null), problems);
		Optional<String> organisationNumber = organisation;
		LocalizedText offers = new LocalizedText(line.get("offers_sv"), line.get("offers_en"));
		Instant at = clock.instant();
		return () -> directory.save(kind.orElseThrow(), code, name, city, organisationNumber, district, line.get("address"), position,
				offers, "import", at);
	}

	private static Optional<Position> position(int number, Line line, ProviderKind kind, List<Problem> problems) {
		String easting = line.get("easting");
		String northing = line.get("northing");
		if (easting.isEmpty() && northing.isEmpty()) {
			if (kind != null && kind != ProviderKind.HOME_HELP) {
				problems.add(Problem.of(number, "easting", "position-required"));
			}
			return Optional.empty();
		}
		try {
			return Optional.of(new Position(Double.parseDouble(easting.replace(',', '.')), Double.parseDouble(northing.replace(',', '.'))));
		}
		catch (IllegalArgumentException notAPosition) {
			problems.add(Problem.of(number, "easting", "position"));
			return Optional.empty();
		}
	}

	private Runnable indicator(int number, Line line, List<Problem> problems) {
		String provider = line.get("provider");
		if (directory.find(provider).isEmpty()) {
			problems.add(Problem.of(number, "provider", "unknown-provider"));
		}
		Optional<Indicator.Type> type = Indicator.Type.fromCode(line.get("indicator").toLowerCase(Locale.ROOT));
		if (type.isEmpty()) {
			problems.add(Problem.of(number, "indicator", "indicator"));
		}
		int thisYear = clock.instant().atZone(STOCKHOLM).getYear();
		int year = 0;
		try {
			year = Integer.parseInt(line.get("year"));
		}
		catch (NumberFormatException notANumber) {
			// reported below, as any year out of range
		}
		if (year < 1990 || year > thisYear) {
			problems.add(Problem.of(number, "year", "year", thisYear));
		}
		BigDecimal value = null;
		try {
			value = new BigDecimal(line.get("value").replace(',', '.'));
		}
		catch (NumberFormatException notANumber) {
			problems.add(Problem.of(number, "value", "value"));
		}
		if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(999_999)) > 0
				|| (type.orElse(null) == Indicator.Type.SATISFACTION && value.compareTo(BigDecimal.valueOf(100)) > 0))) {
			problems.add(Problem.of(number, "value", "value-range"));
		}
		if (line.get("source").isEmpty()) {
			problems.add(Problem.of(number, "source", "required"));
		}
		Indicator.Type indicatorType = type.orElse(null);
		int indicatorYear = year;
		BigDecimal indicatorValue = value;
		return () -> directory.saveIndicator(provider, new Indicator(indicatorType, indicatorYear, indicatorValue, line.get("source")));
	}
}
