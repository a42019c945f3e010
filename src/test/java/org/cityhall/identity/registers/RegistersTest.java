package org.cityhall.identity.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.cityhall.identity.CompanyRegister;
import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.RegisterImports;
import org.cityhall.identity.Vehicle;
import org.cityhall.identity.VehicleRegister;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.web.MyPagesReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.annotation.Transactional;

/** The registers answer from what was imported. Rolled back after each test, like the imports. */
@CityHallWebTest
@Transactional
class RegistersTest {

	@Autowired
	JdbcOperations jdbc;

	@Autowired
	RegisterImports imports;

	@Autowired
	PopulationRegister population;

	@Autowired
	VehicleRegister vehicles;

	@Autowired
	CompanyRegister companies;

	final String importedBy = "test-" + UUID.randomUUID();

	@Test
	void childrenOfLeavesOutThoseWhoAreEighteenToday() {
		LocalDate today = TestExtract.today();
		PersonalIdentityNumber guardian = TestExtract.newAdult();
		PersonalIdentityNumber seventeen = PersonalIdentityNumber.of(today.minusYears(18).plusDays(1), 982, false);
		PersonalIdentityNumber eighteen = PersonalIdentityNumber.of(today.minusYears(18), 983, false);
		String household = TestExtract.newHousehold();
		imports.importExtract(new TestExtract().person(guardian, household).person(seventeen, household)
				.person(eighteen, household).guardianship(seventeen, guardian).guardianship(eighteen, guardian).population(),
				importedBy);

		assertThat(population.childrenOf(guardian)).extracting(Person::number).containsExactly(seventeen);
		assertThat(population.childrenOf(guardian, MyPagesReads.together(jdbc)).get()).as("queued with My pages' queries")
				.extracting(Person::number).containsExactly(seventeen);
		assertThat(population.isGuardianOf(guardian, seventeen)).isTrue();
		assertThat(population.isGuardianOf(guardian, eighteen)).isFalse();
		assertThat(population.guardiansOf(eighteen)).isEmpty();
		assertThat(population.guardiansOf(seventeen)).extracting(Person::number).containsExactly(guardian);
		assertThat(population.household(eighteen)).hasSize(3);
	}

	@Test
	void anyoneTheRegisterDoesNotKnowHasNoChildrenGuardiansOrHousehold() {
		PersonalIdentityNumber stranger = TestExtract.newAdult();

		assertThat(population.find(stranger)).isEmpty();
		assertThat(population.childrenOf(stranger)).isEmpty();
		assertThat(population.household(stranger)).isEmpty();
		assertThat(vehicles.ownedOrUsedBy(stranger)).isEmpty();
		assertThat(companies.signedBy(stranger)).isEmpty();
	}

	@Test
	void findsAVehicleWhateverCaseAndSpacesItIsTypedIn() {
		PersonalIdentityNumber owner = TestExtract.newAdult();
		imports.importExtract(new TestExtract().vehicle("abc 123", owner.value(), null, true)
				.vehicle("ABC12D", owner.value(), null, false).vehicleRegister(), importedBy);

		for (String typed : new String[] {"ABC123", "abc123", "abc 123", " Abc 1 2 3 ", "ABC-123"}) {
			assertThat(vehicles.find(typed)).as(typed).get().extracting(Vehicle::plate).isEqualTo("ABC123");
		}
		assertThat(vehicles.find("abc12d")).get().satisfies(vehicle -> {
			assertThat(vehicle.inTraffic()).isFalse();
			assertThat(vehicle.ownedBy(owner)).isTrue();
		});
		assertThat(vehicles.find("ABC 124")).isEmpty();
		assertThat(vehicles.find("not a plate")).isEmpty();
		assertThat(vehicles.find(null)).isEmpty();
	}

	@Test
	void aLeasedVehicleIsFoundByItsUserAsWellAsByItsOwner() {
		PersonalIdentityNumber user = TestExtract.newAdult();
		PersonalIdentityNumber owner = TestExtract.newAdult();
		String leasingCompany = OrganisationNumber.of("559000142").value();
		imports.importExtract(new TestExtract().vehicle("LSE11A", leasingCompany, user.value(), true)
				.vehicle("OWN222", owner.value(), null, true).vehicleRegister(), importedBy);

		assertThat(vehicles.ownedOrUsedBy(user)).singleElement().satisfies(vehicle -> {
			assertThat(vehicle.plate()).isEqualTo("LSE11A");
			assertThat(vehicle.ownedByOrganisation()).isTrue();
			assertThat(vehicle.ownedBy(user)).isFalse();
			assertThat(vehicle.ownedOrUsedBy(user)).isTrue();
		});
		assertThat(vehicles.ownedOrUsedBy(owner)).extracting(Vehicle::plate).containsExactly("OWN222");
	}

	@Test
	void aCompanyIsFoundWithItsSignatoriesAndBySomeoneWhoSignsForIt() {
		PersonalIdentityNumber chair = TestExtract.newAdult();
		PersonalIdentityNumber member = TestExtract.newAdult();
		OrganisationNumber bistro = OrganisationNumber.of("559000183");
		OrganisationNumber builder = OrganisationNumber.of("559000142");
		imports.importExtract(new TestExtract().company(bistro.value(), "Bistro Test AB").company(builder.value(), "Bygg Test AB")
				.signatory(bistro.value(), chair).signatory(bistro.value(), member).signatory(builder.value(), chair)
				.companyRegister(), importedBy);

		assertThat(companies.find(bistro)).get().satisfies(company -> {
			assertThat(company.name()).isEqualTo("Bistro Test AB");
			assertThat(company.signatories()).containsExactlyInAnyOrder(chair, member);
		});
		assertThat(companies.signedBy(chair)).extracting(c -> c.name()).containsExactly("Bistro Test AB", "Bygg Test AB");
		assertThat(companies.signedBy(member)).extracting(c -> c.number()).containsExactly(bistro);
	}
}
