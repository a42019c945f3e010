package org.cityhall.billing.autogiro;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment order file (betalningsunderlag) to Bankgirot Autogiro, new file layout: an opening record and
 * one withdrawal record per invoice. Lines of 80 characters in ISO 8859-1, ended by CR LF:
 * <ul>
 * <li>TK01 opening: 1–2 {@code 01}, 3–10 the day it is written (YYYYMMDD), 11–30 {@code AUTOGIRO} and
 * blanks, 31–62 blanks, 63–68 the payee's customer number, 69–78 the payee's bankgiro number (ten digits,
 * zeros before), 79–80 blanks;</li>
 * <li>TK82 withdrawal (dragning): 1–2 {@code 82}, 3–10 the payment day, 11 period code {@code 0} (once),
 * 12–14 renewals, blank, 15 blank, 16–31 the payer number (zeros before), 32–43 the amount in öre (zeros
 * before), 44–53 the payee's bankgiro number, 54–69 the reference, left and blanks after, 70–80 blanks.</li>
 * </ul>
 * There is no end record in this file.
 *
 * @param writtenOn the day the file is written
 * @param customerNumber the city's customer number at Bankgirot, six digits
 * @param bankgiro the city's bankgiro number, its digits
 * @param withdrawals what to withdraw
 */
public record PaymentOrderFile(LocalDate writtenOn, String customerNumber, String bankgiro, List<Withdrawal> withdrawals) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	public PaymentOrderFile {
		if (customerNumber == null || !customerNumber.matches("[0-9]{1,6}")) {
			throw new IllegalArgumentException("the customer number at Bankgirot is up to six digits, not '" + customerNumber + "'");
		}
		if (bankgiro == null || !bankgiro.matches("[0-9]{7,8}")) {
			throw new IllegalArgumentException("a bankgiro number is seven or eight digits, not '" + bankgiro + "'");
		}
		withdrawals = List.copyOf(withdrawals);
	}

	/**
	 * One withdrawal to order.
	 *
	 * @param paymentDate the day to withdraw the money
	 * @param payerNumber the payer's number at Bankgirot, up to 16 digits
	 * @param amountOre the amount in öre, more than zero and at most 12 digits
	 * @param reference the reference the payment specification gives back, up to 16 characters: the invoice's
	 *        OCR number
	 */
	public record Withdrawal(LocalDate paymentDate, String payerNumber, long amountOre, String reference) {

		public Withdrawal {
			if (payerNumber == null || !payerNumber.matches("[0-9]{1,16}")) {
				throw new IllegalArgumentException("a payer number is up to 16 digits, not '" + payerNumber + "'");
			}
			if (amountOre <= 0 || amountOre > 999_999_999_999L) {
				throw new IllegalArgumentException("an amount to withdraw is 1 to 999 999 999 999 öre, not " + amountOre);
			}
			if (reference == null || reference.length() > 16 || !reference.matches("[0-9A-Za-z ]*")) {
				throw new IllegalArgumentException("a reference is up to 16 letters and digits, not '" + reference + "'");
			}
		}
	}

	/** The file's lines, 80 characters each. */
	public List<String> lines() {
		String bankgiro10 = zeros(bankgiro, 10);
		String opening = "01" + writtenOn.format(DATE) + pad("AUTOGIRO", 20) + " ".repeat(32) + zeros(customerNumber, 6)
				+ bankgiro10 + "  ";
		List<String> records = new ArrayList<>();
		records.add(opening);
		for (Withdrawal withdrawal : withdrawals) {
			records.add("82" + withdrawal.paymentDate().format(DATE) + "0" + "   " + " " + zeros(withdrawal.payerNumber(), 16)
					+ zeros(Long.toString(withdrawal.amountOre()), 12) + bankgiro10 + pad(withdrawal.reference(), 16)
					+ " ".repeat(11));
		}
		return List.copyOf(records);
	}

	/** The file as Bankgirot takes it: ISO 8859-1, each line ended by CR LF. */
	public byte[] bytes() {
		return (String.join("\r\n", lines()) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String zeros(String digits, int width) {
		return "0".repeat(width - digits.length()) + digits;
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(width - text.length());
	}
}
