package org.cityhall.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cityhall.identity.CompanyRegister;
import org.cityhall.identity.ImportReport;
import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.RegisterImports;
import org.cityhall.identity.VehicleRegister;
import org.cityhall.shared.OrganisationNumber;
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
 * The demo city loads into empty registers through the importer. The registers are emptied for
 * the test inside its transaction, which is rolled back, so nothing others wrote is lost.
 */
@CityHallWebTest
@Transactional
@RecordApplicationEvents
class DemoCityLoaderTest {

	@Autowired
	RegisterImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PopulationRegister population;

	@Autowired
	VehicleRegister vehicles;

	@Autowired
	CompanyRegister companies;

	@Autowired
	ApplicationEvents events;

	@Test
	void loadsTheDemoCityIntoEmptyRegistersWithinThreeSecondsAndPublishesNothing(@TempDir Path directory) {
		for (String table : new String[] {"identity_guardianship", "identity_person", "identity_vehicle", "identity_signatory",
				"identity_company"}) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		DemoCityLoader loader = new DemoCityLoader(imports, jdbc, DemoCity.DEFAULT_SEED, directory);
		assertThat(loader.registersAreEmpty()).isTrue();

		long started = System.nanoTime();
		ImportReport report = loader.load(DemoCity.DEFAULT_SEED, directory);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).isLessThan(Duration.ofSeconds(3));
		assertThat(report.importedBy()).isEqualTo("demo-city");
		assertThat(report.file(RegisterImports.PERSONS).orElseThrow().rows()).isBetween(2_950, 3_050);
		assertThat(report.published().total()).isZero();
		assertThat(events.stream().map(event -> event instanceof PayloadApplicationEvent<?> p ? p.getPayload() : event)
				.filter(event -> event.getClass().getPackageName().equals("org.cityhall.identity"))).isEmpty();
		assertThat(RegisterImports.FILES).allSatisfy(file -> assertThat(directory.resolve(file)).exists());
		assertThat(loader.registersAreEmpty()).isFalse();
	}

	@Test
	void thePersonasAreInTheRegistersWithTheirRelations(@TempDir Path directory) throws Exception {
		new DemoCityLoader(imports, jdbc, DemoCity.DEFAULT_SEED, directory).load(DemoCity.DEFAULT_SEED, directory);
		PersonalIdentityNumber parent = number(DemoPersonas.PARENT);
		PersonalIdentityNumber coParent = number(DemoPersonas.CO_PARENT);

		assertThat(population.childrenOf(parent)).extracting(Person::number)
				.containsExactly(number(DemoPersonas.SCHOOL_CHILD), number(DemoPersonas.PRESCHOOL_CHILD));
		assertThat(population.childrenOf(coParent)).extracting(Person::number)
				.containsExactly(number(DemoPersonas.SCHOOL_CHILD), number(DemoPersonas.PRESCHOOL_CHILD));
		assertThat(population.find(coParent).orElseThrow().address())
				.isNotEqualTo(population.find(parent).orElseThrow().address());
		assertThat(population.household(number(DemoPersonas.ELDERLY))).extracting(Person::number)
				.containsExactly(number(DemoPersonas.ELDERLY));
		assertThat(population.household(number(DemoPersonas.RELATIVE))).extracting(Person::number)
				.doesNotContain(number(DemoPersonas.ELDERLY));
		assertThat(population.find(number(DemoPersonas.CAR_OWNER)).orElseThrow().fullName()).isEqualTo("Karin Ek");
		assertThat(vehicles.find("rpk 27b")).get().satisfies(car -> {
			assertThat(car.inTraffic()).isTrue();
			assertThat(car.ownedBy(number(DemoPersonas.CAR_OWNER))).isTrue();
		});
		assertThat(companies.signedBy(number(DemoPersonas.BUSINESS_OWNER))).extracting(company -> company.number())
				.contains(OrganisationNumber.parse(DemoPersonas.RESTAURANT_ORGANISATION_NUMBER));
		assertThat(Files.readString(directory.resolve(RegisterImports.PERSONS))).startsWith(
				"personal_identity_number;given_name;family_name;protected;street;postal_code;city;district;easting;northing;household_id\n");
	}

	private static PersonalIdentityNumber number(DemoPersonas.Persona persona) {
		return persona.number().orElseThrow();
	}
}
