package org.cityhall.identity.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.cityhall.identity.demo.DemoDistricts.District;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;

/**
 * The chance in the demo city, from one seeded random sequence: ages, names, districts, points,
 * and numbers and plates that are never drawn twice. The same seed and the same questions in the
 * same order give the same answers.
 */
final class DemoDraws {

	/** Birth numbers 980–999 only, so that demo numbers are easy to tell from others. */
	static final int FIRST_BIRTH_NUMBER = 980;

	private static final String PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ";
	private static final String LAST_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ";

	private static final List<String> MAKES_AND_MODELS = List.of("Volvo XC60", "Volvo V60", "Volvo V90", "Volvo XC40",
			"Volkswagen Golf", "Volkswagen ID.4", "Volkswagen Passat", "Toyota Corolla", "Toyota RAV4", "Toyota Yaris",
			"Tesla Model Y", "Tesla Model 3", "Kia Niro", "Kia Ceed", "BMW 3-serie", "Audi A4", "Skoda Octavia",
			"Polestar 2", "Renault Clio", "Ford Focus", "Mercedes-Benz C-klass", "Hyundai Kona", "Nissan Leaf");

	enum Sex {
		FEMALE, MALE
	}

	private final SplittableRandom random;
	private final LocalDate asOf;
	private final Set<String> numbers = new HashSet<>();
	private final Set<String> plates = new HashSet<>();
	private final Set<String> organisationNumbers = new HashSet<>();

	DemoDraws(long seed, LocalDate asOf) {
		this.random = new SplittableRandom(seed);
		this.asOf = asOf;
	}

	int below(int bound) {
		return random.nextInt(bound);
	}

	boolean coin() {
		return random.nextBoolean();
	}

	/** One in {@code n}. */
	boolean oneIn(int n) {
		return random.nextInt(n) == 0;
	}

	<T> T oneOf(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	Sex sex() {
		return random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
	}

	/** 0, 1, 2 … with the given weights in percent. */
	int pick(int... weights) {
		int roll = random.nextInt(100);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** Keeps numbers, plates and organisation numbers given out already from being drawn. */
	void reserve(String numberPlateOrOrganisationNumber) {
		numbers.add(numberPlateOrOrganisationNumber);
		plates.add(numberPlateOrOrganisationNumber);
		organisationNumbers.add(numberPlateOrOrganisationNumber);
	}

	/** A date of birth of someone the age on the demo city's date. */
	LocalDate bornAt(int age) {
		return age == 0 ? asOf.minusDays(30 + random.nextInt(300)) : asOf.minusYears(age).minusDays(1 + random.nextInt(364));
	}

	/** A number of the demo series not drawn before: the birth number's last digit even for women, odd for men. */
	PersonalIdentityNumber number(LocalDate born, Sex sex) {
		for (LocalDate date = born;; date = date.minusDays(1)) {
			for (int attempt = 0; attempt < 10; attempt++) {
				int birthNumber = FIRST_BIRTH_NUMBER + 2 * random.nextInt(10) + (sex == Sex.MALE ? 1 : 0);
				PersonalIdentityNumber number = PersonalIdentityNumber.of(date, birthNumber, false);
				if (numbers.add(number.value())) {
					return number;
				}
			}
		}
	}

	/** A limited company's number ({@code 559…}) not drawn before. */
	String organisationNumber() {
		String number;
		do {
			number = OrganisationNumber.of("559" + String.format("%06d", random.nextInt(1_000_000))).value();
		}
		while (!organisationNumbers.add(number));
		return number;
	}

	String givenName(Sex sex, int age) {
		int born = asOf.getYear() - age;
		boolean female = sex == Sex.FEMALE;
		return oneOf(born >= 2005 ? (female ? DemoNames.GIRLS : DemoNames.BOYS)
				: born >= 1960 ? (female ? DemoNames.WOMEN : DemoNames.MEN)
				: (female ? DemoNames.OLDER_WOMEN : DemoNames.OLDER_MEN));
	}

	String familyName() {
		return oneOf(DemoNames.FAMILY_NAMES);
	}

	/** Children's ages, oldest first, so that pre-school (1–5) and school ages (6–15) both come up often. */
	List<Integer> childAges(int count) {
		List<Integer> ages = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ages.add(random.nextInt(18));
		}
		ages.sort((a, b) -> b - a);
		return ages;
	}

	int parentAge(List<Integer> childAges) {
		return Math.min(childAges.get(0) + 22 + random.nextInt(14), 62);
	}

	int adultAge(int from, int to) {
		// Two draws, mostly keeping the smaller, weigh towards the young adults a city has many of.
		int a = from + random.nextInt(to - from + 1);
		int b = from + random.nextInt(to - from + 1);
		return random.nextInt(3) == 0 ? Math.max(a, b) : Math.min(a, b);
	}

	District district() {
		int total = 0;
		for (int weight : DemoDistricts.WEIGHTS) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < DemoDistricts.WEIGHTS.length; i++) {
			roll -= DemoDistricts.WEIGHTS[i];
			if (roll < 0) {
				return DemoDistricts.ALL.get(i);
			}
		}
		throw new IllegalStateException("the district weights do not add up");
	}

	/** A point spread evenly over the disc of the radius around the centre, to the metre. */
	Position around(Position centre, double radius) {
		double distance = radius * Math.sqrt(random.nextDouble());
		double angle = 2 * Math.PI * random.nextDouble();
		return new Position(Math.round(centre.easting() + distance * Math.cos(angle)),
				Math.round(centre.northing() + distance * Math.sin(angle)));
	}

	/** A registration number not drawn before: {@code ABC123} or {@code ABC12D}, without I, Q, V and, last, O. */
	String plate() {
		String plate;
		do {
			StringBuilder text = new StringBuilder(6);
			for (int i = 0; i < 3; i++) {
				text.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
			}
			text.append(random.nextInt(10)).append(random.nextInt(10));
			text.append(random.nextInt(10) < 7 ? Character.forDigit(random.nextInt(10), 10)
					: LAST_PLATE_LETTERS.charAt(random.nextInt(LAST_PLATE_LETTERS.length())));
			plate = text.toString();
		}
		while (!plates.add(plate));
		return plate;
	}

	String makeAndModel() {
		return oneOf(MAKES_AND_MODELS);
	}
}
