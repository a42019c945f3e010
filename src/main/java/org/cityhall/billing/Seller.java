package org.cityhall.billing;

import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The city as the seller on its invoices: its name, numbers, address and where to pay, from configuration
 * ({@code cityhall.billing.seller.*}), so another city needs no code.
 *
 * @param name the city's legal name
 * @param organisationNumber its organisation number, ten digits
 * @param vatNumber its VAT registration number, {@code SE} + the organisation number + {@code 01}
 * @param bankgiro the bankgiro number payments go to, as printed ({@code 991-2346})
 * @param street the postal address's street
 * @param postcode the postcode
 * @param town the town
 */
public record Seller(String name, String organisationNumber, String vatNumber, String bankgiro, String street, String postcode,
		String town) {

	public Seller {
		Objects.requireNonNull(name, "name");
		if (organisationNumber == null || !organisationNumber.matches("[0-9]{10}")) {
			throw new IllegalArgumentException("cityhall.billing.seller.organisation-number is ten digits, not '" + organisationNumber + "'");
		}
		if (bankgiro == null || !bankgiro.replace("-", "").matches("[0-9]{7,8}")) {
			throw new IllegalArgumentException("cityhall.billing.seller.bankgiro is a bankgiro number (7 or 8 digits), not '" + bankgiro + "'");
		}
	}

	/** The bankgiro number's digits alone. */
	public String bankgiroDigits() {
		return bankgiro.replace("-", "");
	}

	@Component
	static class Configured {

		private final Seller seller;

		Configured(@Value("${cityhall.city.name.sv}") String name,
				@Value("${cityhall.billing.seller.organisation-number}") String organisationNumber,
				@Value("${cityhall.billing.seller.vat-number}") String vatNumber,
				@Value("${cityhall.billing.seller.bankgiro}") String bankgiro,
				@Value("${cityhall.billing.seller.street}") String street,
				@Value("${cityhall.billing.seller.postcode}") String postcode,
				@Value("${cityhall.billing.seller.town}") String town) {
			this.seller = new Seller(name, organisationNumber, vatNumber, bankgiro, street, postcode, town);
		}

		@org.springframework.context.annotation.Bean
		Seller seller() {
			return seller;
		}
	}
}
