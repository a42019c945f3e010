package org.cityhall.bench.jmh;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.InvalidIdentityNumberException.Problem;
import org.cityhall.shared.Luhn;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of reading identity numbers as people (and the eID) type them:
 * {@link PersonalIdentityNumber#parse(String)} and {@link OrganisationNumber#parse(String)}, for
 * valid and invalid input, against a bare {@link Luhn#isValid} check over the same ten digits
 * ({@link #baseline}), so that the ratio shows what trimming, splitting, the date checks, today's
 * date in Stockholm, the exceptions and the result objects cost on top of the checksum.
 * <p>
 * Every case cycles through {@value #INPUTS} different inputs made in {@link #prepare()} with a
 * fixed seed (different dates, birth numbers and digit patterns), so that no single input's
 * branches are learned; the cycling costs every case, the baseline included, the same. The setup
 * checks each input: the valid ones parse to the expected number, the invalid ones fail for the
 * expected reason.
 * <p>
 * The defaults below are the full settings of {@code bench/run identity-numbers}; bench/run passes
 * them explicitly (and shorter ones for {@code --smoke}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
public class IdentityNumberBenchmark {

	static final int INPUTS = 16;

	private static final int MASK = INPUTS - 1;

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** 10 digits with a hyphen, {@code YYMMDD-NNNC}: what residents type. */
	private final String[] tenDigitsWithHyphen = new String[INPUTS];

	/** 12 digits, {@code YYYYMMDDNNNC}: what the eID's personalIdentityNumber claim holds. */
	private final String[] twelveDigits = new String[INPUTS];

	/** Coordination numbers (day of birth + 60) as 12 digits with a hyphen, {@code YYYYMMDD-NNNC}. */
	private final String[] coordinationNumbers = new String[INPUTS];

	/** Valid 12-digit numbers with the last digit changed: fail on the check digit, after the date checks. */
	private final String[] wrongCheckDigits = new String[INPUTS];

	/** No number at all: letters, too few or too many digits, blank. */
	private final String[] garbage = new String[INPUTS];

	/** Organisation numbers with a hyphen, {@code NNNNNN-NNNC}. */
	private final String[] organisationNumbers = new String[INPUTS];

	/** The ten digits (with check digit) of {@link #twelveDigits}: what the baseline checks. */
	private final String[] luhnDigits = new String[INPUTS];

	private LocalDate today;

	private int next;

	@Setup
	public void prepare() {
		Random random = new Random(20261126L);
		today = LocalDate.now(STOCKHOLM);
		for (int i = 0; i < INPUTS; i++) {
			PersonalIdentityNumber person = PersonalIdentityNumber.of(birthDate(random), random.nextInt(1000), false);
			String value = person.value();
			tenDigitsWithHyphen[i] = value.substring(2, 8) + "-" + value.substring(8);
			twelveDigits[i] = value;
			luhnDigits[i] = value.substring(2);

			PersonalIdentityNumber coordination = PersonalIdentityNumber.of(birthDate(random), random.nextInt(1000), true);
			coordinationNumbers[i] = coordination.formatted();

			PersonalIdentityNumber other = PersonalIdentityNumber.of(birthDate(random), random.nextInt(1000), false);
			char check = other.value().charAt(11);
			wrongCheckDigits[i] = other.value().substring(0, 11) + (char) ('0' + (check - '0' + 1 + random.nextInt(9)) % 10);

			organisationNumbers[i] = organisationNumber(random).formatted();
		}
		String[] nonsense = {"hello world", "19880412-98X6", "tel. 08-508 00 508", "", "   ", "1234",
				"19880412982612345", "abc-defg", "880412", "ÅÄÖ", "null", "198804129826198804129826",
				"2026-11-26", "N/A", "0", "x"};
		System.arraycopy(nonsense, 0, garbage, 0, INPUTS);
		check();
	}

	private static LocalDate birthDate(Random random) {
		// Within the last 95 years: with a hyphen, 10 digits name the most recent such date.
		return LocalDate.of(1931, 1, 1).plusDays(random.nextInt(95 * 365));
	}

	private static OrganisationNumber organisationNumber(Random random) {
		char[] groups = {'1', '2', '3', '5', '6', '7', '8', '9'};
		StringBuilder nine = new StringBuilder(9);
		nine.append(groups[random.nextInt(groups.length)]);
		nine.append((char) ('0' + random.nextInt(10)));
		nine.append((char) ('2' + random.nextInt(8)));
		for (int i = 3; i < 9; i++) {
			nine.append((char) ('0' + random.nextInt(10)));
		}
		return OrganisationNumber.of(nine.toString());
	}

	/** Every input does what its case says, or the benchmark would measure something else. */
	private void check() {
		for (int i = 0; i < INPUTS; i++) {
			expect(PersonalIdentityNumber.parse(tenDigitsWithHyphen[i]).value().equals(twelveDigits[i]),
					"10 digits with hyphen", tenDigitsWithHyphen[i]);
			expect(PersonalIdentityNumber.parse(twelveDigits[i]).value().equals(twelveDigits[i]), "12 digits", twelveDigits[i]);
			expect(PersonalIdentityNumber.parse(coordinationNumbers[i]).isCoordinationNumber(), "coordination",
					coordinationNumbers[i]);
			expect(OrganisationNumber.parse(organisationNumbers[i]).formatted().equals(organisationNumbers[i]),
					"organisation", organisationNumbers[i]);
			expect(Luhn.isValid(luhnDigits[i]), "Luhn", luhnDigits[i]);
			expect(problem(wrongCheckDigits[i]) == Problem.CHECK_DIGIT, "wrong check digit", wrongCheckDigits[i]);
			Set<Problem> garbageProblems = EnumSet.of(Problem.EMPTY, Problem.NOT_DIGITS, Problem.WRONG_LENGTH);
			expect(garbageProblems.contains(problem(garbage[i])), "garbage", garbage[i]);
		}
	}

	private static Problem problem(String typed) {
		try {
			PersonalIdentityNumber.parse(typed);
			return null;
		}
		catch (InvalidIdentityNumberException invalid) {
			return invalid.problem();
		}
	}

	private static void expect(boolean condition, String what, String input) {
		if (!condition) {
			throw new IllegalStateException("benchmark input for " + what + " is not what the case needs: " + input);
		}
	}

	private String pick(String[] inputs) {
		return inputs[next++ & MASK];
	}

	/** The baseline: the Luhn check alone over the same ten digits, already cut out. */
	@Benchmark
	public boolean baseline() {
		return Luhn.isValid(pick(luhnDigits));
	}

	@Benchmark
	public PersonalIdentityNumber personal10Hyphen() {
		return PersonalIdentityNumber.parse(pick(tenDigitsWithHyphen));
	}

	@Benchmark
	public PersonalIdentityNumber personal12() {
		return PersonalIdentityNumber.parse(pick(twelveDigits));
	}

	/** The same as {@link #personal12()} with today's date given: what reading the clock in Stockholm costs. */
	@Benchmark
	public PersonalIdentityNumber personal12GivenToday() {
		return PersonalIdentityNumber.parse(pick(twelveDigits), today);
	}

	@Benchmark
	public PersonalIdentityNumber coordination() {
		return PersonalIdentityNumber.parse(pick(coordinationNumbers));
	}

	@Benchmark
	public Object invalidCheckDigit() {
		try {
			return PersonalIdentityNumber.parse(pick(wrongCheckDigits));
		}
		catch (InvalidIdentityNumberException invalid) {
			return invalid;
		}
	}

	@Benchmark
	public Object invalidGarbage() {
		try {
			return PersonalIdentityNumber.parse(pick(garbage));
		}
		catch (InvalidIdentityNumberException invalid) {
			return invalid;
		}
	}

	@Benchmark
	public OrganisationNumber organisation() {
		return OrganisationNumber.parse(pick(organisationNumbers));
	}
}
