package org.cityhall.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cityhall.identity.RegisterImports;
import org.cityhall.identity.demo.DemoDistricts.District;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;
import org.junit.jupiter.api.Test;

/** The demo city is the same for the same seed and looks like a city. */
class DemoCityTest {

	static final DemoExtract CITY = DemoCity.generate(DemoCity.DEFAULT_SEED);

	@Test
	void theSameSeedGivesTheSameExtractsByteForByte() {
		DemoExtract again = DemoCity.generate(DemoCity.DEFAULT_SEED);

		for (String file : RegisterImports.FILES) {
			assertThat(again.file(file).getBytes(StandardCharsets.UTF_8)).as(file)
					.isEqualTo(CITY.file(file).getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void anotherSeedGivesAnotherCityWithTheSamePersonas() {
		DemoExtract other = DemoCity.generate(7);

		assertThat(other.file(RegisterImports.PERSONS)).isNotEqualTo(CITY.file(RegisterImports.PERSONS));
		assertThat(other.file(RegisterImports.VEHICLES)).isNotEqualTo(CITY.file(RegisterImports.VEHICLES));
		assertThat(persons(other).keySet()).contains(DemoPersonas.PARENT.id(), DemoPersonas.CAR_OWNER.id());
	}

	@Test
	void everyNumberIsValidAndEveryResidentHasTheirOwn() {
		List<String> numbers = column(RegisterImports.PERSONS, 0);

		assertThat(numbers).hasSizeBetween(2_950, 3_050).doesNotHaveDuplicates();
		assertThat(numbers).allSatisfy(number -> {
			PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(number, DemoCity.AS_OF);
			assertThat(parsed.value()).isEqualTo(number);
			assertThat(Integer.parseInt(number.substring(8, 11))).isBetween(980, 999);
		});
		assertThat(column(RegisterImports.COMPANIES, 0)).doesNotHaveDuplicates()
				.allSatisfy(number -> assertThat(OrganisationNumber.isValid(number)).isTrue());
		assertThat(column(RegisterImports.VEHICLES, 0)).doesNotHaveDuplicates()
				.allSatisfy(plate -> assertThat(plate).matches("[A-Z]{3}[0-9]{2}[0-9A-NP-Z]"));
		assertThat(column(RegisterImports.SIGNATORIES, 1)).allSatisfy(number -> assertThat(numbers).contains(number));
		assertThat(column(RegisterImports.GUARDIANSHIPS, 0)).allSatisfy(number -> assertThat(numbers).contains(number));
	}

	@Test
	void everyResidentLivesWithinTheirDistrictInEveryOneOfThem() {
		Map<String, District> districts = DemoDistricts.ALL.stream().collect(Collectors.toMap(District::name, d -> d));

		for (String[] person : persons(CITY).values()) {
			District district = districts.get(person[7]);
			assertThat(district).as(person[7]).isNotNull();
			Position position = new Position(Double.parseDouble(person[8]), Double.parseDouble(person[9]));
			assertThat(position.distanceTo(district.centre())).as(person[4]).isLessThanOrEqualTo(1_500);
			assertThat(district.streets()).anySatisfy(street -> {
				assertThat(person[4]).startsWith(street.name() + " ");
				assertThat(person[5]).isEqualTo(street.postalCode());
			});
		}
		assertThat(column(RegisterImports.PERSONS, 7)).containsAll(districts.keySet());
	}

	@Test
	void theCityHasFamiliesElderlyPeopleSinglesCarsAndCompanies() {
		Map<String, String[]> persons = persons(CITY);
		Map<String, Set<String>> guardians = new HashMap<>();
		lines(RegisterImports.GUARDIANSHIPS).forEach(line -> guardians.computeIfAbsent(line[0], c -> new HashSet<>()).add(line[1]));
		Map<String, Long> householdSizes = persons.values().stream()
				.collect(Collectors.groupingBy(person -> person[10], Collectors.counting()));

		assertThat(guardians.keySet()).anySatisfy(child -> assertThat(age(child)).isBetween(1, 5))
				.anySatisfy(child -> assertThat(age(child)).isBetween(6, 15));
		assertThat(guardians.keySet()).allSatisfy(child -> assertThat(age(child)).isLessThan(18));
		long sharedCustody = guardians.entrySet().stream()
				.filter(child -> child.getValue().stream().map(guardian -> persons.get(guardian)[10]).distinct().count() == 2)
				.count();
		assertThat(sharedCustody).isGreaterThan(50);
		assertThat(persons.keySet().stream().filter(number -> age(number) >= 80)).hasSizeGreaterThan(100);
		assertThat(householdSizes.values().stream().filter(size -> size == 1)).hasSizeGreaterThan(300);
		assertThat(householdSizes.values().stream().filter(size -> size >= 4)).hasSizeGreaterThan(50);

		long adults = persons.keySet().stream().filter(number -> age(number) >= 18).count();
		List<String[]> vehicles = lines(RegisterImports.VEHICLES);
		long personalCars = vehicles.stream().filter(v -> v[1].length() == 12 || !v[2].isEmpty()).count();
		assertThat((double) personalCars / adults).isBetween(0.25, 0.40);
		assertThat(vehicles).anySatisfy(v -> assertThat(v[2]).isNotEmpty().isNotEqualTo(v[1]))
				.anySatisfy(v -> assertThat(v[3]).isEqualTo("false"));
		assertThat(vehicles).filteredOn(v -> !v[2].isEmpty()).allSatisfy(v -> assertThat(v[1]).hasSize(10));

		assertThat(persons.values().stream().filter(person -> person[3].equals("true"))).hasSizeBetween(4, 12);
		assertThat(column(RegisterImports.COMPANIES, 1)).hasSizeGreaterThan(90)
				.filteredOn(name -> name.startsWith("Restaurang") || name.startsWith("Bistro")).hasSizeGreaterThan(3);
		assertThat(column(RegisterImports.COMPANIES, 0)).allSatisfy(number -> assertThat(column(RegisterImports.SIGNATORIES, 0)).contains(number));
	}

	@Test
	void thePersonasAreThereWithTheirRelations() {
		Map<String, String[]> persons = persons(CITY);
		String[] parent = persons.get(DemoPersonas.PARENT.id());
		String[] coParent = persons.get(DemoPersonas.CO_PARENT.id());
		String[] preschool = persons.get(DemoPersonas.PRESCHOOL_CHILD.id());
		String[] school = persons.get(DemoPersonas.SCHOOL_CHILD.id());
		Set<List<String>> guardianships = lines(RegisterImports.GUARDIANSHIPS).stream().map(Arrays::asList)
				.collect(Collectors.toSet());

		for (DemoPersonas.Persona child : List.of(DemoPersonas.PRESCHOOL_CHILD, DemoPersonas.SCHOOL_CHILD)) {
			assertThat(guardianships).contains(List.of(child.id(), DemoPersonas.PARENT.id()),
					List.of(child.id(), DemoPersonas.CO_PARENT.id()));
		}
		assertThat(preschool[10]).isEqualTo(parent[10]);
		assertThat(school[10]).isEqualTo(parent[10]);
		assertThat(coParent[10]).isNotEqualTo(parent[10]);
		assertThat(coParent[4]).isNotEqualTo(parent[4]);
		assertThat(age(DemoPersonas.PRESCHOOL_CHILD.id())).isBetween(1, 5);
		assertThat(age(DemoPersonas.SCHOOL_CHILD.id())).isBetween(6, 15);

		assertThat(age(DemoPersonas.ELDERLY.id())).isGreaterThanOrEqualTo(80);
		assertThat(persons.get(DemoPersonas.RELATIVE.id())[10]).isNotEqualTo(persons.get(DemoPersonas.ELDERLY.id())[10]);
		assertThat(persons.values()).filteredOn(p -> p[10].equals(persons.get(DemoPersonas.ELDERLY.id())[10])).hasSize(1);

		assertThat(persons.get(DemoPersonas.CAR_OWNER.id())[7]).isEqualTo("Södermalm");
		assertThat(lines(RegisterImports.VEHICLES)).anySatisfy(vehicle -> assertThat(vehicle)
				.containsExactly(DemoPersonas.CAR_OWNER_PLATE, DemoPersonas.CAR_OWNER.id(), "", "true", "Volvo V60"));

		assertThat(lines(RegisterImports.COMPANIES)).anySatisfy(company -> assertThat(company)
				.containsExactly(DemoPersonas.RESTAURANT_ORGANISATION_NUMBER, DemoPersonas.RESTAURANT_NAME));
		assertThat(guardianships).doesNotContain(List.of(DemoPersonas.RELATIVE.id(), DemoPersonas.ELDERLY.id()));
		assertThat(lines(RegisterImports.SIGNATORIES).stream().map(Arrays::asList))
				.contains(List.of(DemoPersonas.RESTAURANT_ORGANISATION_NUMBER, DemoPersonas.BUSINESS_OWNER.id()));

		assertThat(DemoPersonas.VISITOR.isVisitor()).isTrue();
		assertThat(DemoPersonas.VISITOR.number()).isEmpty();
		assertThat(CITY.file(RegisterImports.PERSONS)).doesNotContain(DemoPersonas.VISITOR.id());
		assertThat(DemoPersonas.SIGN_IN).filteredOn(persona -> !persona.isVisitor())
				.allSatisfy(persona -> assertThat(persons.get(persona.id())[1] + " " + persons.get(persona.id())[2])
						.isEqualTo(persona.name()));
	}

	private static int age(String number) {
		return PersonalIdentityNumber.parse(number, DemoCity.AS_OF).ageOn(DemoCity.AS_OF);
	}

	private static Map<String, String[]> persons(DemoExtract extract) {
		Map<String, String[]> persons = new HashMap<>();
		extract.file(RegisterImports.PERSONS).lines().skip(1).map(line -> line.split(";", -1))
				.forEach(person -> persons.put(person[0], person));
		return persons;
	}

	private static List<String[]> lines(String file) {
		return CITY.file(file).lines().skip(1).map(line -> line.split(";", -1)).toList();
	}

	private static List<String> column(String file, int index) {
		return lines(file).stream().map(line -> line[index]).toList();
	}
}
