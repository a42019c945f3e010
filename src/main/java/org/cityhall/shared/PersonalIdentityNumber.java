package org.cityhall.shared;

import static org.cityhall.shared.InvalidIdentityNumberException.Problem.CHECK_DIGIT;
import static org.cityhall.shared.InvalidIdentityNumberException.Problem.IN_THE_FUTURE;
import static org.cityhall.shared.InvalidIdentityNumberException.Problem.NO_SUCH_DATE;
import static org.cityhall.shared.InvalidIdentityNumberException.Problem.PLUS_UNDER_100;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.cityhall.shared.InvalidIdentityNumberException.Problem;

/**
 * A Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer), held in its 12-digit form {@code YYYYMMDDNNNC}.
 * <p>
 * An instance always has a date of birth that exists and a check digit that matches. The number
 * is personal data: {@link #toString()} gives the {@linkplain #masked() masked} form, so a full
 * number never reaches a log by accident; ask for {@link #value()} or {@link #formatted()} when
 * the full number is meant to be shown or stored.
 */
public final class PersonalIdentityNumber implements Serializable {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final int COORDINATION_DAY_OFFSET = 60;

	private final String value;

	private final LocalDate birthDate;

	private final boolean coordinationNumber;

	private PersonalIdentityNumber(String value, LocalDate birthDate, boolean coordinationNumber) {
		this.value = value;
		this.birthDate = birthDate;
		this.coordinationNumber = coordinationNumber;
	}

	/**
	 * Reads a number as people type it, judged against today's date in Sweden.
	 *
	 * @see #parse(String, LocalDate)
	 */
	public static PersonalIdentityNumber parse(String typed) {
		return parse(typed, LocalDate.now(STOCKHOLM));
	}

	/**
	 * Reads a number as people type it, judged against the given date.
	 * <p>
	 * Accepted are 10 digits ({@code YYMMDDNNNC}) or 12 digits ({@code YYYYMMDDNNNC}), with or
	 * without a hyphen or plus sign before the last four digits; white space around them is
	 * ignored. For 10 digits the century is the Swedish Tax Agency's: with a hyphen (or no
	 * separator) the most recent date with those digits that is not after {@code today}, with a
	 * plus sign a hundred years before that. 12 digits with a plus sign are accepted only for a
	 * person who is 100 or older on {@code today}. The date must exist and not be after
	 * {@code today}; a day of 61–91 marks a coordination number. The last digit must be the Luhn
	 * check digit of the 10-digit form.
	 *
	 * @throws InvalidIdentityNumberException saying what is wrong, for any input that is not a
	 *         valid number, {@code null} included
	 */
	public static PersonalIdentityNumber parse(String typed, LocalDate today) {
		Objects.requireNonNull(today, "today is required");
		TypedDigits read = TypedDigits.read(typed, "-+", Problem.class, InvalidIdentityNumberException::new);
		int typedLength = read.typedLength();
		String digits = read.digits();
		boolean plus = read.separator() == '+';
		String tenDigits = read.lastTen();
		int month = number(tenDigits, 2, 4);
		int storedDay = number(tenDigits, 4, 6);
		boolean coordination = storedDay > COORDINATION_DAY_OFFSET && storedDay <= COORDINATION_DAY_OFFSET + 31;
		int day = coordination ? storedDay - COORDINATION_DAY_OFFSET : storedDay;
		int year = digits.length() == 12
				? number(digits, 0, 4)
				: inferYear(number(tenDigits, 0, 2), month, day, plus, today);

		// A year beyond four digits only comes from inferring the century against a far-off today.
		boolean dateExists = year >= 0 && year <= 9999 && month >= 1 && month <= 12
				&& day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
		if (!dateExists) {
			throw new InvalidIdentityNumberException(NO_SUCH_DATE, typedLength);
		}
		LocalDate birthDate = LocalDate.of(year, month, day);
		if (birthDate.isAfter(today)) {
			throw new InvalidIdentityNumberException(IN_THE_FUTURE, typedLength);
		}
		if (plus && Period.between(birthDate, today).getYears() < 100) {
			throw new InvalidIdentityNumberException(PLUS_UNDER_100, typedLength);
		}
		if (!Luhn.isValid(tenDigits)) {
			throw new InvalidIdentityNumberException(CHECK_DIGIT, typedLength);
		}
		return new PersonalIdentityNumber(zeroPadded(year, 4) + tenDigits.substring(2), birthDate, coordination);
	}

	/** Whether {@link #parse(String)} accepts what was typed. */
	public static boolean isValid(String typed) {
		return !InvalidTypedNumberException.isThrownBy(() -> parse(typed));
	}

	/**
	 * The number for a date of birth and a birth number (födelsenummer, the three digits after the
	 * date), with its check digit computed. A coordination number carries the day of birth plus 60.
	 * The date is not compared with today; {@link #parse(String)} does that.
	 *
	 * @throws IllegalArgumentException if the birth number is not 0–999 or the year not 0–9999
	 */
	public static PersonalIdentityNumber of(LocalDate birthDate, int birthNumber, boolean coordination) {
		Objects.requireNonNull(birthDate, "the date of birth is required");
		if (birthNumber < 0 || birthNumber > 999) {
			throw new IllegalArgumentException("a birth number has three digits, 000–999, not " + birthNumber);
		}
		if (birthDate.getYear() < 0 || birthDate.getYear() > 9999) {
			throw new IllegalArgumentException("a year of birth has four digits, 0000–9999, not " + birthDate.getYear());
		}
		int storedDay = birthDate.getDayOfMonth() + (coordination ? COORDINATION_DAY_OFFSET : 0);
		String nineDigits = zeroPadded(birthDate.getYear() % 100, 2) + zeroPadded(birthDate.getMonthValue(), 2)
				+ zeroPadded(storedDay, 2) + zeroPadded(birthNumber, 3);
		String value = zeroPadded(birthDate.getYear(), 4).substring(0, 2) + nineDigits + Luhn.checkDigit(nineDigits);
		return new PersonalIdentityNumber(value, birthDate, coordination);
	}

	/**
	 * Reads back a number as {@link #value()} wrote it, in JSON (the event publication registry,
	 * the archive). Stored numbers were checked when they were first accepted; only their form and
	 * check digit are checked again.
	 */
	@JsonCreator
	static PersonalIdentityNumber fromJson(String twelveDigits) {
		return parse(twelveDigits, LocalDate.MAX.minusYears(1));
	}

	/** The 12 digits {@code YYYYMMDDNNNC}; for a coordination number the day is the day of birth plus 60. */
	@JsonValue
	public String value() {
		return value;
	}

	/** The real date of birth; for a coordination number the stored day less 60. */
	public LocalDate birthDate() {
		return birthDate;
	}

	/** Whether this is a coordination number (samordningsnummer): day of birth plus 60. */
	public boolean isCoordinationNumber() {
		return coordinationNumber;
	}

	/** The person's age in whole years on the given date. */
	public int ageOn(LocalDate date) {
		Objects.requireNonNull(date, "the date is required");
		if (date.isBefore(birthDate)) {
			throw new IllegalArgumentException("the date is before the date of birth");
		}
		return Period.between(birthDate, date).getYears();
	}

	/** The full number as shown to the person it belongs to: {@code 19850412-1234}, always with a hyphen. */
	public String formatted() {
		return value.substring(0, 8) + "-" + value.substring(8);
	}

	/**
	 * The number with its last four digits hidden: {@code 19850412-****}. A coordination number
	 * keeps its stored day ({@code 19850472-****}).
	 */
	public String masked() {
		return value.substring(0, 8) + "-****";
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof PersonalIdentityNumber that && value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	/** The {@linkplain #masked() masked} form, never the full number. */
	@Override
	public String toString() {
		return masked();
	}

	// The most recent year ending in the two digits whose date is not after today; a hundred
	// years earlier with a plus sign. Compared by month and day so it also works for a day that
	// does not exist; that is refused afterwards.
	private static int inferYear(int twoDigitYear, int month, int day, boolean plus, LocalDate today) {
		int year = today.getYear() - Math.floorMod(today.getYear() - twoDigitYear, 100);
		boolean laterThisYear = month > today.getMonthValue()
				|| month == today.getMonthValue() && day > today.getDayOfMonth();
		if (year == today.getYear() && laterThisYear) {
			year -= 100;
		}
		return plus ? year - 100 : year;
	}

	private static int number(CharSequence digits, int start, int end) {
		return Integer.parseInt(digits, start, end, 10);
	}

	/**
	 * A number of 0 or more written with at least the given number of digits, zeros in front. Every
	 * number read or made passes here, every row of My pages' lists included; String.format was most of
	 * the time reading a number took.
	 */
	private static String zeroPadded(int number, int width) {
		String digits = Integer.toString(number);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}
}
