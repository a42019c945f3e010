package org.cityhall.registers;

/** An address of a property: a street with a house number or a range of them ({@code Götgatan 12–16}). */
public record PropertyAddress(String street, int numberFrom, int numberTo, String postalCode, String postTown) {

	public PropertyAddress {
		if (numberFrom < 1 || numberTo < numberFrom) {
			throw new IllegalArgumentException("a house number range runs from 1 upwards: " + numberFrom + "-" + numberTo);
		}
	}

	/** {@code Götgatan 12–16, 118 46 Stockholm}. */
	public String label() {
		String numbers = numberFrom == numberTo ? String.valueOf(numberFrom) : numberFrom + "–" + numberTo;
		return street + " " + numbers + ", " + postalCode.substring(0, 3) + " " + postalCode.substring(3) + " " + postTown;
	}

	/** What the search reads: street, postal code and post town, folded. */
	String folded() {
		return Folding.fold(street + " " + postalCode + " " + postTown);
	}
}
