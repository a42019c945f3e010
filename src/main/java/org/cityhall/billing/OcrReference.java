package org.cityhall.billing;

import java.util.Objects;

import org.cityhall.shared.Luhn;

/**
 * A Swedish OCR reference (OCR-nummer): the digits a payer types or scans when paying an invoice, so the
 * payment finds its invoice. The last digit is a check digit by the Luhn (modulus 10) rule over all the
 * digits before it; before it may stand a length digit, the number of digits in the whole reference
 * (length digit and check digit included) modulo ten, as Bankgirot's "hård kontroll" with length check
 * asks. A reference has 2 to 25 digits.
 *
 * @param value the digits
 */
public record OcrReference(String value) {

	/** Bankgirot accepts OCR references of at most 25 digits. */
	public static final int MAX_LENGTH = 25;

	public OcrReference {
		Objects.requireNonNull(value, "value");
		if (!value.matches("[0-9]{2," + MAX_LENGTH + "}") || !Luhn.isValid(value)) {
			throw new IllegalArgumentException("'" + value + "' is not an OCR reference: 2 to 25 digits whose last is "
					+ "the Luhn check digit of those before it");
		}
	}

	/**
	 * The reference for a base number: its digits, a length digit if asked for, and the check digit.
	 *
	 * @param base the digits that identify what is paid, such as an invoice number
	 * @param withLengthDigit whether to add the length digit before the check digit
	 */
	public static OcrReference of(String base, boolean withLengthDigit) {
		Objects.requireNonNull(base, "base");
		int length = base.length() + (withLengthDigit ? 2 : 1);
		if (!base.matches("[0-9]+") || length > MAX_LENGTH) {
			throw new IllegalArgumentException("an OCR reference is made of digits, at most " + MAX_LENGTH
					+ " with its check digits; not from '" + base + "'");
		}
		String digits = withLengthDigit ? base + (length % 10) : base;
		return new OcrReference(digits + Luhn.checkDigit(digits));
	}

	/** The reference as typed, if it is one: spaces and dashes are allowed between the digits. */
	public static java.util.Optional<OcrReference> parse(String typed) {
		if (typed == null) {
			return java.util.Optional.empty();
		}
		String digits = typed.strip().replaceAll("[ -]", "");
		try {
			return java.util.Optional.of(new OcrReference(digits));
		}
		catch (IllegalArgumentException notOne) {
			return java.util.Optional.empty();
		}
	}

	/**
	 * Whether the digit before the check digit is a correct length digit. Only the payee knows whether its
	 * references carry one.
	 */
	public boolean hasValidLengthDigit() {
		return value.length() >= 3 && value.charAt(value.length() - 2) - '0' == value.length() % 10;
	}

	@Override
	public String toString() {
		return value;
	}
}
