package org.cityhall.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityhall.shared.Position;
import org.cityhall.shared.Wgs84;
import org.springframework.stereotype.Component;

/**
 * Each register's lines: the columns a file must have, and each line checked field by field into the
 * action that imports it. A line with a problem gives no action, and every problem is reported.
 */
@Component
class ImportRows {

	private static final Pattern DESIGNATION = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\d .'-]* \\d{1,5}:\\d{1,5}");
	private static final Pattern HOUSE_NUMBERS = Pattern.compile("(\\d{1,4})(?:\\s*[-–]\\s*(\\d{1,4}))?");
	private static final Pattern POSTAL_CODE = Pattern.compile("[1-9]\\d{2} ?\\d{2}");
	private static final Pattern LICENCE = Pattern.compile("[A-Z]{1,4}-\\d{4}-\\d{1,8}");
	private static final int TEXT_LIMIT = 200;

	private final Properties properties;
	private final RadonReadings radon;
	private final FoodInspections food;
	private final Boreholes boreholes;
	private final Plans plans;
	private final Municipality municipality;
	private final Clock clock;

	ImportRows(Properties properties, RadonReadings radon, FoodInspections food, Boreholes boreholes, Plans plans,
			Municipality municipality, Clock clock) {
		this.properties = properties;
		this.radon = radon;
		this.food = food;
		this.boreholes = boreholes;
		this.plans = plans;
		this.municipality = municipality;
		this.clock = clock;
	}

	/** The columns of a register's file; a position is given as easting and northing or as latitude and longitude. */
	record Columns(List<String> required, boolean positioned) {

		List<ImportProblem> missingFrom(List<String> header) {
			List<ImportProblem> problems = new ArrayList<>();
			for (String column : required) {
				if (!header.contains(column)) {
					problems.add(ImportProblem.of(1, column, "missing-column"));
				}
			}
			if (positioned && !(header.contains("easting") && header.contains("northing"))
					&& !(header.contains("latitude") && header.contains("longitude"))) {
				problems.add(ImportProblem.of(1, "easting", "missing-position"));
			}
			return problems;
		}
	}

	Columns columns(RegisterImports.Register register) {
		switch (register) {
			case RADON:
				return new Columns(List.of("designation", "district", "street", "house_number", "postal_code", "post_town",
						"becquerel", "measured_on", "method"), true);
			case FOOD:
				return new Columns(List.of("organisation_number", "name", "street", "postal_code", "post_town", "district",
						"inspected_on", "result", "remarks"), false);
			case BOREHOLES:
				return new Columns(List.of("licence_number", "property_designation", "depth_metres", "licensed_on"), true);
			default:
				return new Columns(List.of("plan_number", "name", "status", "decided_on", "document_url",
						"property_designation"), false);
		}
	}

	/** The action importing the line, or empty when it has problems (each given to {@code problems}). */
	Optional<Runnable> parse(RegisterImports.Register register, ImportLines.Line line, Consumer<ImportProblem> problems) {
		Check check = new Check(line, problems);
		switch (register) {
			case RADON:
				return radon(check);
			case FOOD:
				return food(check);
			case BOREHOLES:
				return borehole(check);
			default:
				return plan(check);
		}
	}

	private Optional<Runnable> radon(Check check) {
		String designation = check.designation("designation");
		String district = check.text("district");
		String street = check.text("street");
		int[] numbers = check.houseNumbers("house_number");
		String postalCode = check.postalCode("postal_code");
		String postTown = check.text("post_town");
		Integer becquerel = check.integer("becquerel", 0, 100_000);
		LocalDate measuredOn = check.pastDate("measured_on");
		RadonReading.Method method = check.code("method", RadonReading.Method::of, "long-term, short-term, radon-gas-meter");
		Position position = check.position();
		if (check.failed()) {
			return Optional.empty();
		}
		PropertyAddress address = new PropertyAddress(street, numbers[0], numbers[1], postalCode, postTown);
		return Optional.of(() -> radon.record(properties.register(designation, district, position, List.of(address)),
				becquerel, measuredOn, method));
	}

	private Optional<Runnable> food(Check check) {
		String organisationNumber = check.organisationNumber("organisation_number");
		String name = check.text("name");
		String street = check.text("street");
		String postalCode = check.postalCode("postal_code");
		String postTown = check.text("post_town");
		String district = check.text("district");
		LocalDate inspectedOn = check.pastDate("inspected_on");
		FoodInspections.Result result = check.code("result", FoodInspections.Result::of, "no-remarks, remarks, serious-remarks");
		String remarks = check.line.get("remarks");
		if (result != null && result != FoodInspections.Result.NO_REMARKS && remarks.isEmpty()) {
			check.problem("remarks", "remarks-required");
		}
		if (remarks.length() > 2_000) {
			check.problem("remarks", "too-long", 2_000);
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(() -> food.record(name, organisationNumber, street, postalCode, postTown, district,
				new FoodInspections.Inspection(inspectedOn, result, remarks)));
	}

	private Optional<Runnable> borehole(Check check) {
		String licence = check.line.get("licence_number");
		if (!LICENCE.matcher(licence).matches()) {
			check.problem("licence_number", licence.isEmpty() ? "required" : "licence-format");
		}
		String designation = check.designation("property_designation");
		Integer depth = check.integer("depth_metres", 1, 500);
		LocalDate licensedOn = check.pastDate("licensed_on");
		Position position = check.position();
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(() -> boreholes.register(licence, designation, depth, licensedOn, position));
	}

	private Optional<Runnable> plan(Check check) {
		String number = check.text("plan_number");
		String name = check.text("name");
		Plans.Status status = check.code("status", Plans.Status::of, "in-force, in-progress, repealed");
		LocalDate decidedOn = check.pastDate("decided_on");
		String url = check.line.get("document_url");
		if (!(url.startsWith("/") && !url.startsWith("//")) && !url.startsWith("https://")) {
			check.problem("document_url", url.isEmpty() ? "required" : "url");
		}
		String designation = check.designation("property_designation");
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(() -> plans.register(number, name, status, decidedOn, url, List.of(designation)));
	}

	/** The checks of one line, collecting its problems. */
	private final class Check {

		final ImportLines.Line line;
		private final Consumer<ImportProblem> problems;
		private boolean failed;

		Check(ImportLines.Line line, Consumer<ImportProblem> problems) {
			this.line = line;
			this.problems = problems;
		}

		boolean failed() {
			return failed;
		}

		void problem(String field, String code, Object... args) {
			failed = true;
			problems.accept(ImportProblem.of(line.number(), field, code, args));
		}

		String text(String field) {
			String value = line.get(field);
			if (value.isEmpty()) {
				problem(field, "required");
			}
			else if (value.length() > TEXT_LIMIT) {
				problem(field, "too-long", TEXT_LIMIT);
			}
			return value;
		}

		String designation(String field) {
			String value = text(field).replaceAll("\\s+", " ");
			if (!value.isEmpty() && value.length() <= TEXT_LIMIT && !DESIGNATION.matcher(value).matches()) {
				problem(field, "designation");
			}
			return value;
		}

		int[] houseNumbers(String field) {
			Matcher matcher = HOUSE_NUMBERS.matcher(line.get(field));
			if (!matcher.matches()) {
				problem(field, line.get(field).isEmpty() ? "required" : "house-number");
				return new int[] {1, 1};
			}
			int from = Integer.parseInt(matcher.group(1));
			int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
			if (from < 1 || to < from) {
				problem(field, "house-number");
			}
			return new int[] {from, to};
		}

		String postalCode(String field) {
			String value = line.get(field);
			if (!POSTAL_CODE.matcher(value).matches()) {
				problem(field, value.isEmpty() ? "required" : "postal-code");
			}
			return value.replace(" ", "");
		}

		String organisationNumber(String field) {
			String value = line.get(field).replace("-", "");
			if (!value.matches("\\d{10}") || !org.cityhall.shared.OrganisationNumber.isValid(value)) {
				problem(field, value.isEmpty() ? "required" : "organisation-number");
			}
			return value;
		}

		Integer integer(String field, int min, int max) {
			String value = line.get(field);
			if (!value.matches("-?\\d{1,9}")) {
				problem(field, value.isEmpty() ? "required" : "not-a-whole-number");
				return null;
			}
			int number = Integer.parseInt(value);
			if (number < min || number > max) {
				problem(field, "between", min, max);
			}
			return number;
		}

		LocalDate pastDate(String field) {
			String value = line.get(field);
			try {
				LocalDate date = LocalDate.parse(value);
				if (date.isAfter(RegisterImports.today(clock))) {
					problem(field, "in-the-future");
				}
				return date;
			}
			catch (DateTimeParseException e) {
				problem(field, value.isEmpty() ? "required" : "date");
				return null;
			}
		}

		<T> T code(String field, java.util.function.Function<String, T> parse, String allowed) {
			String value = RegisterImports.lower(line.get(field));
			try {
				return parse.apply(value);
			}
			catch (IllegalArgumentException e) {
				problem(field, value.isEmpty() ? "required" : "one-of", allowed);
				return null;
			}
		}

		Position position() {
			boolean grid = line.fields().containsKey("easting");
			String first = grid ? "easting" : "latitude";
			String second = grid ? "northing" : "longitude";
			Double a = decimal(first);
			Double b = decimal(second);
			if (a == null || b == null) {
				return null;
			}
			Position position;
			try {
				position = grid ? new Position(a, b) : Position.fromWgs84(new Wgs84(a, b));
			}
			catch (IllegalArgumentException e) {
				problem(first, grid ? "not-sweref" : "not-wgs84");
				return null;
			}
			if (!municipality.contains(position)) {
				problem(first, "outside-municipality");
				return null;
			}
			return position;
		}

		private Double decimal(String field) {
			String value = line.get(field).replace(',', '.');
			try {
				return Double.valueOf(value);
			}
			catch (NumberFormatException e) {
				problem(field, value.isEmpty() ? "required" : "not-a-number");
				return null;
			}
		}
	}
}
