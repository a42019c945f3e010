package org.cityhall.registers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone typed to find a property, read tolerantly: folded (see {@link Folding}), split into the
 * words of a street or place, a house number ({@code 12}, {@code 12B}), a postal code, and the block and
 * unit of a designation ({@code 1:2}).
 */
record TypedQuery(String folded, List<String> words, OptionalInt houseNumber, Optional<String> postalCode,
		boolean endsWithUnit, boolean endsWithNumber) {

	private static final Pattern UNIT = Pattern.compile("\\d+:\\d+");
	private static final Pattern HOUSE_NUMBER = Pattern.compile("(\\d{1,4})[a-z]?");
	private static final Pattern POSTAL_CODE = Pattern.compile("[1-9]\\d{4}");

	static TypedQuery of(String typed) {
		String folded = Folding.foldTyped(typed == null ? "" : typed);
		List<String> words = new ArrayList<>();
		OptionalInt number = OptionalInt.empty();
		Optional<String> postal = Optional.empty();
		boolean unit = false;
		String[] tokens = folded.isEmpty() ? new String[0] : folded.split(" ");
		for (String token : tokens) {
			Matcher house = HOUSE_NUMBER.matcher(token);
			if (UNIT.matcher(token).matches()) {
				unit = true;
			}
			else if (POSTAL_CODE.matcher(token).matches()) {
				postal = Optional.of(token);
			}
			else if (house.matches() && number.isEmpty()) {
				number = OptionalInt.of(Integer.parseInt(house.group(1)));
			}
			else {
				words.add(token);
			}
		}
		String last = tokens.length == 0 ? "" : tokens[tokens.length - 1];
		return new TypedQuery(folded, List.copyOf(words), number, postal, unit, last.matches("\\d+"));
	}

	boolean isBlank() {
		return folded.isEmpty();
	}

	/**
	 * The LIKE pattern a designation must match: the whole query inside it, and where it ends in a block
	 * ({@code Bagarmossen 1}) the block whole, where it ends in a unit ({@code 1:2}) the designation's end.
	 */
	String designationPattern() {
		String inside = "%" + Folding.like(folded);
		if (endsWithUnit && folded.matches(".*\\d+:\\d+$")) {
			return inside;
		}
		if (endsWithNumber) {
			return inside + ":%";
		}
		return inside + "%";
	}

	/** Whether the query may be a street address: words of a street, not a designation's unit. */
	boolean mayBeAddress() {
		return !endsWithUnit && !words.isEmpty();
	}
}
