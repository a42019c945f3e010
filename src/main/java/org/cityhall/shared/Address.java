package org.cityhall.shared;

import java.util.Objects;

/**
 * A Swedish postal address as the population register holds it: street with number, postal code
 * and post town. The postal code is kept as its five digits and shown the Swedish way,
 * {@code 118 46}.
 */
public record Address(String street, String postalCode, String city) {

	/** Accepts the postal code with or without its space ({@code 11846} or {@code 118 46}). */
	public Address {
		street = required(street, "street");
		city = required(city, "city");
		Objects.requireNonNull(postalCode, "postal code");
		String digits = postalCode.replace(" ", "");
		if (!digits.matches("[1-9][0-9]{4}")) {
			throw new IllegalArgumentException("a postal code is five digits not starting with 0, like 118 46; was '" + postalCode + "'");
		}
		postalCode = digits;
	}

	/** The postal code as Swedes write it: {@code 118 46}. */
	public String formattedPostalCode() {
		return postalCode.substring(0, 3) + " " + postalCode.substring(3);
	}

	/** The address on one line: {@code Götgatan 22, 118 46 Stockholm}. */
	public String oneLine() {
		return street + ", " + formattedPostalCode() + " " + city;
	}

	@Override
	public String toString() {
		return oneLine();
	}

	private static String required(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("an address needs a " + what);
		}
		return value.strip();
	}
}
