package org.cityhall.identity.registers;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.identity.RegisterImports;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A small extract for a test, with persons of its own: numbers drawn at random, so that tests
 * sharing a database never meet each other's people.
 */
final class TestExtract {

	static final String PERSONS_HEADER = "personal_identity_number;given_name;family_name;protected;street;postal_code;city;district;easting;northing;household_id";
	static final String GUARDIANSHIPS_HEADER = "child;guardian";
	static final String VEHICLES_HEADER = "plate;owner;user;in_traffic;make_model";
	static final String COMPANIES_HEADER = "organisation_number;name";
	static final String SIGNATORIES_HEADER = "organisation_number;personal_identity_number";

	private final List<String> persons = new ArrayList<>();
	private final List<String> guardianships = new ArrayList<>();
	private final List<String> vehicles = new ArrayList<>();
	private final List<String> companies = new ArrayList<>();
	private final List<String> signatories = new ArrayList<>();

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Stockholm"));
	}

	/** A number nobody else in the test run is likely to have: a random day in the year and birth number. */
	static PersonalIdentityNumber newNumber(LocalDate aroundBirth) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = aroundBirth.minusDays(random.nextInt(200));
		return PersonalIdentityNumber.of(born, random.nextInt(1, 1000), false);
	}

	static PersonalIdentityNumber newAdult() {
		return newNumber(today().minusYears(30 + ThreadLocalRandom.current().nextInt(40)));
	}

	static PersonalIdentityNumber newChild() {
		return newNumber(today().minusYears(3 + ThreadLocalRandom.current().nextInt(10)));
	}

	static String newHousehold() {
		return "test-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
	}

	TestExtract person(PersonalIdentityNumber number, String given, String family, String street, String postalCode,
			String district, String household) {
		return line(persons, number.value() + ";" + given + ";" + family + ";false;" + street + ";" + postalCode
				+ ";Stockholm;" + district + ";674500;6578500;" + household);
	}

	TestExtract protectedPerson(PersonalIdentityNumber number, String household) {
		return line(persons, number.value() + ";Skyddad;Person;true;Götgatan 1;11846;Stockholm;Södermalm;674500;6578500;"
				+ household);
	}

	TestExtract person(PersonalIdentityNumber number, String household) {
		return person(number, "Test", "Person", "Götgatan 22", "118 46", "Södermalm", household);
	}

	TestExtract guardianship(PersonalIdentityNumber child, PersonalIdentityNumber guardian) {
		return line(guardianships, child.value() + ";" + guardian.value());
	}

	TestExtract vehicle(String plate, String owner, String user, boolean inTraffic) {
		return line(vehicles, plate + ";" + owner + ";" + (user == null ? "" : user) + ";" + inTraffic + ";Volvo V60");
	}

	TestExtract company(String organisationNumber, String name) {
		return line(companies, organisationNumber + ";" + name);
	}

	TestExtract signatory(String organisationNumber, PersonalIdentityNumber person) {
		return line(signatories, organisationNumber + ";" + person.value());
	}

	/** A raw line, as a broken extract may have it. */
	TestExtract rawPerson(String line) {
		return line(persons, line);
	}

	TestExtract rawGuardianship(String line) {
		return line(guardianships, line);
	}

	TestExtract rawVehicle(String line) {
		return line(vehicles, line);
	}

	/** The population register's files. */
	Map<String, Reader> population() {
		return only(RegisterImports.PERSONS, RegisterImports.GUARDIANSHIPS);
	}

	Map<String, Reader> vehicleRegister() {
		return only(RegisterImports.VEHICLES);
	}

	Map<String, Reader> companyRegister() {
		return only(RegisterImports.COMPANIES, RegisterImports.SIGNATORIES);
	}

	Map<String, Reader> all() {
		Map<String, Reader> files = new LinkedHashMap<>();
		texts().forEach((name, text) -> files.put(name, new StringReader(text)));
		return files;
	}

	Map<String, String> texts() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(RegisterImports.PERSONS, text(PERSONS_HEADER, persons));
		files.put(RegisterImports.GUARDIANSHIPS, text(GUARDIANSHIPS_HEADER, guardianships));
		files.put(RegisterImports.VEHICLES, text(VEHICLES_HEADER, vehicles));
		files.put(RegisterImports.COMPANIES, text(COMPANIES_HEADER, companies));
		files.put(RegisterImports.SIGNATORIES, text(SIGNATORIES_HEADER, signatories));
		return files;
	}

	private TestExtract line(List<String> file, String line) {
		file.add(line);
		return this;
	}

	private Map<String, Reader> only(String... names) {
		Map<String, Reader> files = all();
		files.keySet().retainAll(List.of(names));
		return files;
	}

	private static String text(String header, List<String> lines) {
		return header + "\n" + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
	}
}
