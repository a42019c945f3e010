package org.cityhall.identity.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.cityhall.identity.GuardianshipEnded;
import org.cityhall.identity.GuardianshipGranted;
import org.cityhall.identity.ImportReport;
import org.cityhall.identity.PersonMoved;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.ProtectedIdentityChanged;
import org.cityhall.identity.RegisterImports;
import org.cityhall.identity.RegisterImports.InvalidExtractException;
import org.cityhall.identity.RegisterImports.Problem;
import org.cityhall.identity.VehicleChanged;
import org.cityhall.shared.Address;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports as a city runs them. Each test runs in a transaction that is rolled back, so that an
 * import, which replaces a whole register, never touches what other tests have written.
 */
@CityHallWebTest
@Transactional
@RecordApplicationEvents
class RegisterImportsTest {

	@Autowired
	RegisterImports imports;

	@Autowired
	PopulationRegister population;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	final String importedBy = "test-" + UUID.randomUUID();

	@Test
	void refusesAnExtractWithBrokenLinesNamingEachLineAndColumnAndImportsNothing() {
		PersonalIdentityNumber good = TestExtract.newAdult();
		PersonalIdentityNumber child = TestExtract.newChild();
		String badCheckDigit = good.value().substring(0, 11) + ((good.value().charAt(11) - '0' + 1) % 10);
		TestExtract extract = new TestExtract()
				.person(good, TestExtract.newHousehold())
				.rawPerson(badCheckDigit + ";Anna;Berg;false;Götgatan 1;11846;Stockholm;Södermalm;674500;6578500;h1")
				.rawPerson(TestExtract.newAdult().value() + ";;Berg;ja;Götgatan 1;1184;Stockholm;Södermalm;674500,5;6578500;h1")
				.rawPerson(TestExtract.newAdult().value() + ";Anna;Berg;false;Götgatan 1;11846;Stockholm;Södermalm;674500")
				.person(good, TestExtract.newHousehold())
				.rawPerson(TestExtract.newAdult().value() + ";Anna;Berg;false;Götgatan 1;11846;Stockholm;Södermalm;12;6578500;h1")
				.guardianship(child, good);

		assertThatThrownBy(() -> imports.importExtract(extract.population(), importedBy))
				.isInstanceOfSatisfying(InvalidExtractException.class, refused -> {
					assertThat(refused.problems())
							.extracting(Problem::file, Problem::line, Problem::column)
							.containsExactly(
									tuple("persons.csv", 3, "personal_identity_number"),
									tuple("persons.csv", 4, "given_name"),
									tuple("persons.csv", 4, "protected"),
									tuple("persons.csv", 4, "postal_code"),
									tuple("persons.csv", 4, "easting"),
									tuple("persons.csv", 5, null),
									tuple("persons.csv", 6, "personal_identity_number"),
									tuple("persons.csv", 7, "easting"),
									tuple("guardianships.csv", 2, "child"));
					assertThat(refused.total()).isEqualTo(9);
					assertThat(refused.problems().get(0).reason()).contains("check digit");
					assertThat(refused.problems().get(5).reason()).isEqualTo("has 9 fields; the header has 11");
					assertThat(refused.problems().get(6).reason()).isEqualTo("repeats the value on line 2");
					assertThat(refused.problems().get(8).reason()).isEqualTo("is not in persons.csv");
					assertThat(refused.getMessage()).doesNotContain(good.value());
				});

		assertThat(population.find(good)).isEmpty();
		assertThat(imports(importedBy)).isZero();
	}

	@Test
	void aRegisterComesWithAllItsFiles(@TempDir Path directory) throws Exception {
		Files.writeString(directory.resolve(RegisterImports.PERSONS), TestExtract.PERSONS_HEADER + "\n");

		assertThatThrownBy(() -> imports.importExtract(directory, importedBy))
				.isInstanceOfSatisfying(InvalidExtractException.class, refused -> assertThat(refused.problems())
						.extracting(Problem::file, Problem::line)
						.containsExactly(tuple("guardianships.csv", 0)));
	}

	@Test
	void refusesAWrongHeaderAndTextThatIsNotUtf8(@TempDir Path directory) throws Exception {
		Files.writeString(directory.resolve(RegisterImports.PERSONS), "pnr;name\n");
		Files.write(directory.resolve(RegisterImports.GUARDIANSHIPS),
				(TestExtract.GUARDIANSHIPS_HEADER + "\n").concat("g\u00e5rd;x\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

		assertThatThrownBy(() -> imports.importExtract(directory, importedBy))
				.isInstanceOfSatisfying(InvalidExtractException.class, refused -> assertThat(refused.problems())
						.extracting(Problem::file, Problem::line, Problem::reason)
						.containsExactly(
								tuple("persons.csv", 1, "the header must be '" + TestExtract.PERSONS_HEADER + "'"),
								tuple("guardianships.csv", 2, "is not UTF-8 text")));
	}

	@Test
	void importsAnExtractFromADirectoryAndLogsEachFile(@TempDir Path directory) throws Exception {
		PersonalIdentityNumber guardian = TestExtract.newAdult();
		PersonalIdentityNumber child = TestExtract.newChild();
		String household = TestExtract.newHousehold();
		TestExtract extract = new TestExtract().person(guardian, household).person(child, household)
				.guardianship(child, guardian);
		for (var file : Map.of(RegisterImports.PERSONS, extract.texts().get(RegisterImports.PERSONS),
				RegisterImports.GUARDIANSHIPS, extract.texts().get(RegisterImports.GUARDIANSHIPS)).entrySet()) {
			Files.writeString(directory.resolve(file.getKey()), "\uFEFF" + file.getValue());
		}

		ImportReport report = imports.importExtract(directory, importedBy);

		assertThat(report.files()).extracting(ImportReport.FileImported::fileName, ImportReport.FileImported::rows)
				.containsExactly(tuple("persons.csv", 2), tuple("guardianships.csv", 1));
		assertThat(population.household(guardian)).extracting(p -> p.number()).containsExactly(guardian, child);
		assertThat(population.find(child).orElseThrow().address()).isEqualTo(new Address("Götgatan 22", "11846", "Stockholm"));
		assertThat(imports(importedBy)).isEqualTo(2);
	}

	@Test
	void importingTheSameExtractAgainPublishesNothingAndChangesNothing() {
		PersonalIdentityNumber guardian = TestExtract.newAdult();
		PersonalIdentityNumber child = TestExtract.newChild();
		String household = TestExtract.newHousehold();
		TestExtract extract = new TestExtract().person(guardian, household).person(child, household)
				.guardianship(child, guardian)
				.vehicle("TST123", guardian.value(), null, true)
				.company("5590001425", "Testbolaget AB").signatory("5590001425", guardian);
		imports.importExtract(extract.all(), importedBy);
		events.clear();

		ImportReport again = imports.importExtract(new TestExtract().person(guardian, household).person(child, household)
				.guardianship(child, guardian).vehicle("TST123", guardian.value(), null, true)
				.company("5590001425", "Testbolaget AB").signatory("5590001425", guardian).all(), importedBy);

		assertThat(again.changes()).isZero();
		assertThat(again.published().total()).isZero();
		assertThat(registerEvents()).isZero();
	}

	@Test
	void aFirstImportIntoEmptyRegistersPublishesNothing() {
		emptyTheRegisters();
		PersonalIdentityNumber guardian = TestExtract.newAdult();
		PersonalIdentityNumber child = TestExtract.newChild();
		String household = TestExtract.newHousehold();

		ImportReport report = imports.importExtract(new TestExtract().person(guardian, household).person(child, household)
				.guardianship(child, guardian).vehicle("FST123", guardian.value(), null, true).all(), importedBy);

		assertThat(report.files()).allSatisfy(file -> assertThat(file.firstLoad()).isTrue());
		assertThat(report.published().total()).isZero();
		assertThat(registerEvents()).isZero();
		assertThat(population.isGuardianOf(guardian, child)).isTrue();
	}

	@Test
	void aChangedAddressPublishesOnePersonMovedFromTheOldAddressToTheNew() {
		PersonalIdentityNumber mover = TestExtract.newAdult();
		PersonalIdentityNumber neighbour = TestExtract.newAdult();
		imports.importExtract(new TestExtract()
				.person(mover, "Anna", "Berg", "Götgatan 22", "11846", "Södermalm", "h-1")
				.person(neighbour, "Erik", "Berg", "Götgatan 22", "11846", "Södermalm", "h-1").population(), importedBy);
		events.clear();

		ImportReport report = imports.importExtract(new TestExtract()
				.person(mover, "Anna", "Berg", "Odengatan 5", "11322", "Norrmalm", "h-2")
				.person(neighbour, "Erik", "Berg", "Götgatan 22", "11846", "Södermalm", "h-1").population(), importedBy);

		assertThat(events.stream(PersonMoved.class)).singleElement().satisfies(moved -> {
			assertThat(moved.number()).isEqualTo(mover);
			assertThat(moved.from()).isEqualTo(new Address("Götgatan 22", "11846", "Stockholm"));
			assertThat(moved.to()).isEqualTo(new Address("Odengatan 5", "11322", "Stockholm"));
			assertThat(moved.fromDistrict()).isEqualTo("Södermalm");
			assertThat(moved.toDistrict()).isEqualTo("Norrmalm");
			assertThat(moved.occurredAt()).isEqualTo(report.importedAt());
		});
		assertThat(registerEvents()).isEqualTo(1);
		assertThat(report.file("persons.csv").orElseThrow().changed()).isEqualTo(1);
		assertThat(population.find(mover).orElseThrow().district()).isEqualTo("Norrmalm");
		assertThat(population.household(neighbour)).extracting(p -> p.number()).containsExactly(neighbour);
	}

	@Test
	void aNewGuardianIsGrantedAndTheFormerOnesCustodyEnds() {
		PersonalIdentityNumber child = TestExtract.newChild();
		PersonalIdentityNumber mother = TestExtract.newAdult();
		PersonalIdentityNumber father = TestExtract.newAdult();
		String household = TestExtract.newHousehold();
		imports.importExtract(new TestExtract().person(child, household).person(mother, household).person(father, household)
				.guardianship(child, mother).population(), importedBy);
		events.clear();

		imports.importExtract(new TestExtract().person(child, household).person(mother, household).person(father, household)
				.guardianship(child, father).population(), importedBy);

		assertThat(events.stream(GuardianshipGranted.class)).singleElement()
				.satisfies(granted -> assertThat(granted.child()).isEqualTo(child))
				.satisfies(granted -> assertThat(granted.guardian()).isEqualTo(father));
		assertThat(events.stream(GuardianshipEnded.class)).singleElement()
				.satisfies(ended -> assertThat(ended.child()).isEqualTo(child))
				.satisfies(ended -> assertThat(ended.guardian()).isEqualTo(mother));
		assertThat(population.guardiansOf(child)).extracting(p -> p.number()).containsExactly(father);
		assertThat(population.isGuardianOf(mother, child)).isFalse();
	}

	@Test
	void aProtectedIdentityIsPublishedWhenSetAndWhenLifted() {
		PersonalIdentityNumber person = TestExtract.newAdult();
		String household = TestExtract.newHousehold();
		imports.importExtract(new TestExtract().person(person, "Test", "Person", "Götgatan 1", "11846", "Södermalm", household)
				.population(), importedBy);
		events.clear();

		imports.importExtract(new TestExtract().protectedPerson(person, household).population(), importedBy);
		imports.importExtract(new TestExtract().person(person, "Test", "Person", "Götgatan 1", "11846", "Södermalm", household)
				.population(), importedBy);

		assertThat(events.stream(ProtectedIdentityChanged.class))
				.extracting(ProtectedIdentityChanged::number, ProtectedIdentityChanged::protectedIdentity)
				.containsExactly(tuple(person, true), tuple(person, false));
		assertThat(events.stream(PersonMoved.class)).isEmpty();
	}

	@Test
	void aVehicleChangesOwnerGoesOutOfTrafficAndLeavesTheRegister() {
		PersonalIdentityNumber seller = TestExtract.newAdult();
		PersonalIdentityNumber buyer = TestExtract.newAdult();
		imports.importExtract(new TestExtract().vehicle("ABC123", seller.value(), null, true)
				.vehicle("ABC12D", seller.value(), null, true).vehicle("XYZ789", seller.value(), null, true)
				.vehicleRegister(), importedBy);
		events.clear();

		imports.importExtract(new TestExtract().vehicle("ABC123", buyer.value(), null, true)
				.vehicle("ABC12D", seller.value(), null, false).vehicleRegister(), importedBy);

		assertThat(events.stream(VehicleChanged.class))
				.extracting(VehicleChanged::plate, VehicleChanged::owner, VehicleChanged::inTraffic, VehicleChanged::leftRegister)
				.containsExactly(
						tuple("ABC123", buyer.value(), true, false),
						tuple("ABC12D", seller.value(), false, false),
						tuple("XYZ789", null, false, true));
	}

	@Test
	void anUnchangedRegisterIsLeftAsItIsWhenAnotherIsImported() {
		PersonalIdentityNumber person = TestExtract.newAdult();
		imports.importExtract(new TestExtract().person(person, TestExtract.newHousehold()).population(), importedBy);

		imports.importExtract(new TestExtract().vehicle("KLM456", person.value(), null, true).vehicleRegister(), importedBy);

		assertThat(population.find(person)).isPresent();
	}

	private void emptyTheRegisters() {
		for (String table : new String[] {"identity_guardianship", "identity_person", "identity_vehicle", "identity_signatory",
				"identity_company"}) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

	private long registerEvents() {
		return events.stream()
				.map(event -> event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event)
				.filter(event -> event.getClass().getPackageName().equals("org.cityhall.identity"))
				.count();
	}

	private int imports(String by) {
		return jdbc.sql("SELECT count(*) FROM identity_register_import WHERE imported_by = :by").param("by", by)
				.query(Integer.class).single();
	}
}
