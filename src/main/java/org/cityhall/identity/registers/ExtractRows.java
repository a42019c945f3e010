package org.cityhall.identity.registers;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cityhall.identity.Vehicle;
import org.cityhall.shared.Address;
import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.InvalidOrganisationNumberException;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;

/**
 * Checks the lines of each extract file column by column and turns a good line into the values
 * of its staging row, the line number first. A reason never repeats the value, which may be
 * personal data, so that a report of problems can be logged and mailed.
 */
final class ExtractRows {

	private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
	private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
	private static final Pattern POSTAL_CODE = Pattern.compile("[1-9][0-9]{2} ?[0-9]{2}");
	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
	// A point in the middle of Sweden, to check one coordinate of a position at a time.
	private static final double MID_EASTING = 600_000;
	private static final double MID_NORTHING = 6_900_000;

	private final Problems problems;
	private final LocalDate today;

	ExtractRows(Problems problems, LocalDate today) {
		this.problems = problems;
		this.today = today;
	}

	/** The staging row of a line, or {@code null} after reporting what is wrong with it. */
	Object[] row(ExtractFile file, CsvLines.Line line) {
		Fields fields = new Fields(file, line);
		Object[] row = switch (file) {
			case PERSONS -> person(fields);
			case GUARDIANSHIPS -> guardianship(fields);
			case VEHICLES -> vehicle(fields);
			case COMPANIES -> company(fields);
			case SIGNATORIES -> signatory(fields);
		};
		return fields.bad ? null : row;
	}

	private Object[] person(Fields f) {
		PersonalIdentityNumber number = f.person("personal_identity_number");
		if (number != null && number.isCoordinationNumber()) {
			f.problem("personal_identity_number", "a coordination number is not registered in the population register");
		}
		String given = f.text("given_name");
		String family = f.text("family_name");
		Boolean protectedIdentity = f.bool("protected");
		String street = f.text("street");
		String postalCode = f.postalCode("postal_code");
		String city = f.text("city");
		String district = f.text("district");
		Double easting = f.decimal("easting");
		Double northing = f.decimal("northing");
		String household = f.text("household_id");
		if (easting != null) {
			f.withinGrid("easting", () -> new Position(easting, MID_NORTHING));
		}
		if (northing != null) {
			f.withinGrid("northing", () -> new Position(MID_EASTING, northing));
		}
		if (f.bad) {
			return null;
		}
		Address address = new Address(street, postalCode, city);
		return new Object[] {f.line.number(), number.value(), given, family, number.birthDate(), protectedIdentity,
				address.street(), address.postalCode(), address.city(), district, easting, northing, household};
	}

	private Object[] guardianship(Fields f) {
		PersonalIdentityNumber child = f.person("child");
		PersonalIdentityNumber guardian = f.person("guardian");
		if (child != null && child.equals(guardian)) {
			f.problem("guardian", "is the child's own number");
		}
		return f.bad ? null : new Object[] {f.line.number(), child.value(), guardian.value()};
	}

	private Object[] vehicle(Fields f) {
		String plate = Vehicle.normalisePlate(f.value("plate"));
		if (!Vehicle.isPlate(plate)) {
			f.problem("plate", "a registration number is three letters, two digits and a digit or letter, like ABC123 or ABC12D");
		}
		String owner = f.owner("owner");
		PersonalIdentityNumber user = f.value("user").isEmpty() ? null : f.person("user");
		if (user != null && user.value().equals(owner)) {
			f.problem("user", "is the owner; leave it empty when the owner uses the vehicle");
		}
		Boolean inTraffic = f.bool("in_traffic");
		String makeAndModel = f.text("make_model");
		return f.bad ? null
				: new Object[] {f.line.number(), plate, owner, user == null ? null : user.value(), inTraffic, makeAndModel};
	}

	private Object[] company(Fields f) {
		OrganisationNumber number = f.organisation("organisation_number");
		String name = f.text("name");
		return f.bad ? null : new Object[] {f.line.number(), number.value(), name};
	}

	private Object[] signatory(Fields f) {
		OrganisationNumber company = f.organisation("organisation_number");
		PersonalIdentityNumber person = f.person("personal_identity_number");
		return f.bad ? null : new Object[] {f.line.number(), company.value(), person.value()};
	}

	/** The fields of one line, read by column name; each problem is reported and marks the line bad. */
	private final class Fields {

		final ExtractFile file;
		final CsvLines.Line line;
		boolean bad;

		Fields(ExtractFile file, CsvLines.Line line) {
			this.file = file;
			this.line = line;
		}

		void problem(String column, String reason) {
			bad = true;
			problems.add(file.fileName, line.number(), column, reason);
		}

		String value(String column) {
			return line.fields().get(file.header.indexOf(column));
		}

		String text(String column) {
			String value = value(column);
			if (value.isEmpty()) {
				problem(column, "is empty");
				return null;
			}
			if (value.length() > CsvLines.MAX_FIELD_LENGTH) {
				problem(column, "is longer than " + CsvLines.MAX_FIELD_LENGTH + " characters");
				return null;
			}
			return value;
		}

		PersonalIdentityNumber person(String column) {
			String value = value(column);
			if (!TWELVE_DIGITS.matcher(value).matches()) {
				problem(column, "a personal identity number is written as 12 digits without hyphen, like 198504121234");
				return null;
			}
			try {
				return PersonalIdentityNumber.parse(value, today);
			}
			catch (InvalidIdentityNumberException invalid) {
				problem(column, "is no personal identity number: " + invalid.problem().text());
				return null;
			}
		}

		OrganisationNumber organisation(String column) {
			String value = value(column);
			if (!TEN_DIGITS.matcher(value).matches()) {
				problem(column, "an organisation number is written as 10 digits without hyphen, like 5560160680");
				return null;
			}
			try {
				return OrganisationNumber.parse(value);
			}
			catch (InvalidOrganisationNumberException invalid) {
				problem(column, "is no organisation number: " + invalid.problem().text());
				return null;
			}
		}

		/** A 12-digit personal identity number or a 10-digit organisation number. */
		String owner(String column) {
			String value = value(column);
			if (TEN_DIGITS.matcher(value).matches()) {
				OrganisationNumber number = organisation(column);
				return number == null ? null : number.value();
			}
			if (TWELVE_DIGITS.matcher(value).matches()) {
				PersonalIdentityNumber number = person(column);
				return number == null ? null : number.value();
			}
			problem(column, "is a 12-digit personal identity number or a 10-digit organisation number, without hyphen");
			return null;
		}

		Boolean bool(String column) {
			String value = value(column).toLowerCase(Locale.ROOT);
			if (!value.equals("true") && !value.equals("false")) {
				problem(column, "is true or false");
				return null;
			}
			return value.equals("true");
		}

		String postalCode(String column) {
			String value = value(column);
			if (!POSTAL_CODE.matcher(value).matches()) {
				problem(column, "a postal code is five digits, like 11846 or 118 46");
				return null;
			}
			return value.replace(" ", "");
		}

		void withinGrid(String column, Runnable position) {
			try {
				position.run();
			}
			catch (IllegalArgumentException outside) {
				problem(column, "lies outside Sweden in SWEREF 99 TM (EPSG:3006), whose coordinates are metres east and north");
			}
		}

		Double decimal(String column) {
			String value = value(column);
			if (!DECIMAL.matcher(value).matches()) {
				problem(column, value.contains(",") ? "is a number in metres with a point, not a comma, before any decimals"
						: "is a number in metres, like 674512 or 674512.5");
				return null;
			}
			return Double.valueOf(value);
		}
	}
}
