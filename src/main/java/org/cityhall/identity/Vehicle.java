package org.cityhall.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A vehicle as the vehicle register (vägtrafikregistret) holds it.
 *
 * @param plate the registration number, normalised: upper case without spaces, {@code ABC123}
 *        or {@code ABC12D}
 * @param owner the owner's 12-digit personal identity number or 10-digit organisation number
 * @param user the 12-digit personal identity number of the person who uses the vehicle under a
 *        leasing or hire agreement (brukare), {@code null} when there is none
 * @param inTraffic whether the vehicle may be driven (påställd) rather than laid up (avställd)
 * @param makeAndModel make and model as the register writes them, e.g. {@code Volvo V60}
 */
public record Vehicle(String plate, String owner, String user, boolean inTraffic, String makeAndModel) {

	private static final Pattern PLATE = Pattern.compile("[A-Z]{3}[0-9]{2}[0-9A-Z]");
	private static final Pattern PERSON = Pattern.compile("[0-9]{12}");
	private static final Pattern ORGANISATION = Pattern.compile("[0-9]{10}");

	public Vehicle {
		plate = normalisePlate(plate);
		if (!isPlate(plate)) {
			throw new IllegalArgumentException("a registration number is three letters, two digits and a digit or letter, like ABC123 or ABC12D");
		}
		Objects.requireNonNull(owner, "owner");
		if (!PERSON.matcher(owner).matches() && !ORGANISATION.matcher(owner).matches()) {
			throw new IllegalArgumentException("the owner is a 12-digit personal identity number or a 10-digit organisation number");
		}
		user = user == null || user.isBlank() ? null : user;
		if (user != null && !PERSON.matcher(user).matches()) {
			throw new IllegalArgumentException("the user is a 12-digit personal identity number");
		}
		makeAndModel = makeAndModel == null ? "" : makeAndModel.strip();
	}

	/** A registration number as typed, in upper case and without white space or hyphens: {@code abc 123} → {@code ABC123}. */
	public static String normalisePlate(String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder plate = new StringBuilder(typed.length());
		typed.codePoints()
				.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-')
				.forEach(plate::appendCodePoint);
		return plate.toString().toUpperCase(Locale.ROOT);
	}

	/** Whether a normalised text has the form of a Swedish registration number. */
	public static boolean isPlate(String normalised) {
		return normalised != null && PLATE.matcher(normalised).matches();
	}

	/** Whether a person owns the vehicle. */
	public boolean ownedBy(PersonalIdentityNumber person) {
		return owner.equals(person.value());
	}

	/** Whether a person owns the vehicle or uses it under a leasing agreement. */
	public boolean ownedOrUsedBy(PersonalIdentityNumber person) {
		return ownedBy(person) || person.value().equals(user);
	}

	/** Whether a company or another legal person owns the vehicle. */
	public boolean ownedByOrganisation() {
		return owner.length() == 10;
	}

	/** The owning organisation, when a legal person owns it. */
	public Optional<OrganisationNumber> organisationOwner() {
		return ownedByOrganisation() ? Optional.of(OrganisationNumber.parse(owner)) : Optional.empty();
	}
}
