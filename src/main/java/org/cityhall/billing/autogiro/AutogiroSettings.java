package org.cityhall.billing.autogiro;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The city's agreement with Bankgirot Autogiro ({@code cityhall.billing.autogiro.*}): its customer number
 * (kundnummer) and the bankgiro number withdrawals go to.
 */
@Component
public class AutogiroSettings {

	private final String customerNumber;
	private final String bankgiro;

	AutogiroSettings(@Value("${cityhall.billing.autogiro.customer-number}") String customerNumber,
			@Value("${cityhall.billing.autogiro.bankgiro}") String bankgiro) {
		if (customerNumber == null || !customerNumber.matches("[0-9]{1,6}")) {
			throw new IllegalArgumentException("cityhall.billing.autogiro.customer-number is up to six digits, not '" + customerNumber + "'");
		}
		String digits = bankgiro == null ? "" : bankgiro.replace("-", "");
		if (!digits.matches("[0-9]{7,8}")) {
			throw new IllegalArgumentException("cityhall.billing.autogiro.bankgiro is a bankgiro number (7 or 8 digits), not '" + bankgiro + "'");
		}
		this.customerNumber = "0".repeat(6 - customerNumber.length()) + customerNumber;
		this.bankgiro = digits;
	}

	/** The customer number, six digits. */
	public String customerNumber() {
		return customerNumber;
	}

	/** The bankgiro number's digits. */
	public String bankgiro() {
		return bankgiro;
	}
}
