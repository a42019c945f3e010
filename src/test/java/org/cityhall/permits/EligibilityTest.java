package org.cityhall.permits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cityhall.identity.Person;
import org.cityhall.identity.Vehicle;
import org.cityhall.shared.Address;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Who may have a permit for which car, by what the registers say. */
class EligibilityTest {

	private static final Position SODERMALM = new Position(674_900, 6_579_100);
	private static final Position BROMMA = new Position(667_330, 6_581_440);
	private static final PersonalIdentityNumber KARIN = PersonalIdentityNumber.parse("197911039886");
	private static final String LEASING_COMPANY = "5561234567";

	private final Zones zones = new Zones(new ClassPathResource("permits/zones.geojson"));

	@Test
	void anOwnerOfACarInTrafficRegisteredInAZoneIsEligibleWhateverCaseAndSpacesThePlateIsTypedIn() {
		Person karin = person(SODERMALM);
		List<Vehicle> cars = List.of(new Vehicle("RPK27B", KARIN.value(), null, true, "Volvo V60"));
		for (String typed : List.of("RPK27B", "rpk 27b", " Rpk27b ", "RPK-27B")) {
			assertThat(Eligibility.judge(Optional.of(karin), typed, cars, zones)).as(typed)
					.isInstanceOfSatisfying(Eligibility.Eligible.class, eligible -> {
						assertThat(eligible.zone().code()).isEqualTo("S");
						assertThat(eligible.vehicle().plate()).isEqualTo("RPK27B");
					});
		}
	}

	@Test
	void aLeasingUserIsEligibleForTheCarTheyUse() {
		List<Vehicle> leased = List.of(new Vehicle("LEA12A", LEASING_COMPANY, KARIN.value(), true, "Kia Niro"));
		assertThat(Eligibility.judge(Optional.of(person(SODERMALM)), "lea 12a", leased, zones)).isInstanceOf(Eligibility.Eligible.class);
	}

	@Test
	void anAddressOutsideEveryZoneIsNotEligible() {
		List<Vehicle> cars = List.of(new Vehicle("RPK27B", KARIN.value(), null, true, "Volvo V60"));
		assertThat(Eligibility.judge(Optional.of(person(BROMMA)), "RPK27B", cars, zones))
				.isEqualTo(new Eligibility.NotEligible("permits.not-eligible.outside-zones"));
	}

	@Test
	void someoneWithoutACarIsNotEligible() {
		assertThat(Eligibility.judge(Optional.of(person(SODERMALM)), "RPK27B", List.of(), zones))
				.isEqualTo(new Eligibility.NotEligible("permits.not-eligible.no-car"));
	}

	@Test
	void aCarLaidUpIsNotEligible() {
		List<Vehicle> laidUp = List.of(new Vehicle("RPK27B", KARIN.value(), null, false, "Volvo V60"));
		assertThat(Eligibility.judge(Optional.of(person(SODERMALM)), "rpk27b", laidUp, zones))
				.isEqualTo(new Eligibility.NotEligible("permits.not-eligible.not-in-traffic", "RPK27B"));
	}

	@Test
	void anotherCarThanTheirsOrNoPlateAtAllIsNotEligible() {
		List<Vehicle> cars = List.of(new Vehicle("RPK27B", KARIN.value(), null, true, "Volvo V60"));
		assertThat(Eligibility.judge(Optional.of(person(SODERMALM)), "XYZ 999", cars, zones))
				.isEqualTo(new Eligibility.NotEligible("permits.not-eligible.not-your-car", "XYZ999"));
		assertThat(Eligibility.judge(Optional.of(person(SODERMALM)), "my car", cars, zones))
				.isEqualTo(new Eligibility.NotEligible("permits.not-eligible.no-plate", "my car"));
	}

	@Test
	void someoneNotInThePopulationRegisterIsNotEligible() {
		assertThat(Eligibility.judge(Optional.empty(), "RPK27B", List.of(), zones))
				.isEqualTo(new Eligibility.NotEligible("permits.not-eligible.not-registered"));
	}

	private static Person person(Position position) {
		return new Person(KARIN, "Karin", "Ek", LocalDate.of(1979, 11, 3), false, address(), "Södermalm", position, "household-1");
	}

	private static Address address() {
		return new Address("Skånegatan 51", "11637", "Stockholm");
	}
}
