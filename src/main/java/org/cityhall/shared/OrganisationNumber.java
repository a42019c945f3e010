package org.cityhall.shared;

import static org.cityhall.shared.InvalidOrganisationNumberException.Problem.CHECK_DIGIT;
import static org.cityhall.shared.InvalidOrganisationNumberException.Problem.FIRST_DIGIT;
import static org.cityhall.shared.InvalidOrganisationNumberException.Problem.THIRD_DIGIT;
import static org.cityhall.shared.InvalidOrganisationNumberException.Problem.WRONG_PREFIX;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.cityhall.shared.InvalidOrganisationNumberException.Problem;

/**
 * A Swedish organisation number (organisationsnummer) of a legal person: a company, an
 * association, a foundation, an authority, a municipality. Held as its ten digits.
 * <p>
 * A sole trader (enskild näringsidkare) has no organisation number of this kind: the business is
 * identified by the owner's personal identity number, which is personal data. Such a business is
 * identified with a {@link PersonalIdentityNumber}, never with this type.
 */
public final class OrganisationNumber implements Serializable {

	private static final String TWELVE_DIGIT_PREFIX = "16";

	/**
	 * The kind of legal person, named by the first digit (gruppnummer). Digits 0 and 4 name none.
	 */
	public enum Group {

		ESTATE_OF_DECEASED_PERSON('1', "Dödsbo", "Estate of a deceased person"),
		STATE_REGION_MUNICIPALITY_OR_PARISH('2', "Stat, region, kommun eller församling",
				"State, region, municipality or parish"),
		FOREIGN_COMPANY('3', "Utländskt företag", "Foreign company"),
		LIMITED_COMPANY('5', "Aktiebolag", "Limited company"),
		PARTNERSHIP('6', "Enkelt bolag", "Partnership"),
		ECONOMIC_ASSOCIATION_OR_HOUSING_COOPERATIVE('7', "Ekonomisk förening eller bostadsrättsförening",
				"Economic association or housing co-operative"),
		NON_PROFIT_ASSOCIATION_OR_FOUNDATION('8', "Ideell förening eller stiftelse",
				"Non-profit association or foundation"),
		TRADING_OR_LIMITED_PARTNERSHIP('9', "Handelsbolag eller kommanditbolag",
				"Trading or limited partnership");

		private final char digit;

		private final LocalizedText label;

		Group(char digit, String sv, String en) {
			this.digit = digit;
			this.label = new LocalizedText(sv, en);
		}

		/** The group's name in Swedish and English. */
		public LocalizedText label() {
			return label;
		}

		static Optional<Group> of(char digit) {
			for (Group group : values()) {
				if (group.digit == digit) {
					return Optional.of(group);
				}
			}
			return Optional.empty();
		}
	}

	private final String value;

	private final Group group;

	private OrganisationNumber(String value, Group group) {
		this.value = value;
		this.group = group;
	}

	/**
	 * Reads a number as people type it: ten digits, with or without a hyphen before the last four
	 * ({@code 556016-0680}), optionally preceded by {@code 16} as some systems write it
	 * ({@code 165560160680}, {@code 16556016-0680}); white space around it is ignored. The first
	 * digit must name a {@link Group}, the third must be at least 2 (a personal identity number
	 * has 0 or 1 there) and the last must be the Luhn check digit.
	 *
	 * @throws InvalidOrganisationNumberException saying what is wrong, for any input that is not a
	 *         valid number, {@code null} included
	 */
	public static OrganisationNumber parse(String typed) {
		TypedDigits read = TypedDigits.read(typed, "-", Problem.class, InvalidOrganisationNumberException::new);
		int typedLength = read.typedLength();
		if (read.digits().length() == 12 && !read.digits().startsWith(TWELVE_DIGIT_PREFIX)) {
			throw new InvalidOrganisationNumberException(WRONG_PREFIX, typedLength);
		}

		String tenDigits = read.lastTen();
		Group group = Group.of(tenDigits.charAt(0))
				.orElseThrow(() -> new InvalidOrganisationNumberException(FIRST_DIGIT, typedLength));
		if (tenDigits.charAt(2) < '2') {
			throw new InvalidOrganisationNumberException(THIRD_DIGIT, typedLength);
		}
		if (!Luhn.isValid(tenDigits)) {
			throw new InvalidOrganisationNumberException(CHECK_DIGIT, typedLength);
		}
		return new OrganisationNumber(tenDigits, group);
	}

	/** Whether {@link #parse(String)} accepts what was typed. */
	public static boolean isValid(String typed) {
		return !InvalidTypedNumberException.isThrownBy(() -> parse(typed));
	}

	/**
	 * The number made of the given nine digits and their check digit.
	 *
	 * @throws IllegalArgumentException if they are not nine digits, their first does not name a
	 *         {@link Group} or their third is below 2
	 */
	public static OrganisationNumber of(String nineDigits) {
		Objects.requireNonNull(nineDigits, "nine digits are required");
		if (nineDigits.length() != 9 || !nineDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("an organisation number is made of nine digits and a check digit");
		}
		Group group = Group.of(nineDigits.charAt(0))
				.orElseThrow(() -> new IllegalArgumentException("the first digit must be 1, 2, 3 or 5–9"));
		if (nineDigits.charAt(2) < '2') {
			throw new IllegalArgumentException("the third digit of an organisation number must be at least 2");
		}
		return new OrganisationNumber(nineDigits + Luhn.checkDigit(nineDigits), group);
	}

	/** Reads back a number as {@link #value()} wrote it, in JSON. */
	@JsonCreator
	static OrganisationNumber fromJson(String tenDigits) {
		return parse(tenDigits);
	}

	/** The ten digits, without hyphen or {@code 16} prefix. */
	@JsonValue
	public String value() {
		return value;
	}

	/** The number as written on letters and invoices: {@code 556016-0680}. */
	public String formatted() {
		return value.substring(0, 6) + "-" + value.substring(6);
	}

	/** The kind of legal person the first digit names. */
	public Group group() {
		return group;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof OrganisationNumber that && value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	/** The {@linkplain #formatted() formatted} number. */
	@Override
	public String toString() {
		return formatted();
	}
}
