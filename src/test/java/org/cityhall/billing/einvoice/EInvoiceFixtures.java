package org.cityhall.billing.einvoice;

/**
 * Files from Bankgirot's e-faktura service written by hand, record by record and column by column, from the
 * layout in docs/billing.md ("e-faktura"), for the city's bankgiro 991-2346: records of 240 characters,
 * text fields left with blanks after, number fields with zeros before, lines ended by CR LF. Identifiers and
 * references are the tests' own, so that the lines meet the tests' residents and invoices.
 */
final class EInvoiceFixtures {

	private EInvoiceFixtures() {
	}

	/**
	 * An opening record.
	 *
	 * @param writtenAt 14 digits, YYYYMMDDHHMMSS
	 * @param type {@code EFA} registrations, {@code EFR} invoices not delivered
	 */
	static String opening(String writtenAt, String type) {
		return "01"                                       // 1–2 record code 01, opening
				+ writtenAt                                // 3–16 written, YYYYMMDD and HHMMSS
				+ type                                     // 17–19 file type
				+ "0009912346"                             // 20–29 the biller's identity: bankgiro 991-2346, ten digits
				+ " ".repeat(211);                         // 30–240 blank
	}

	/**
	 * A registration record.
	 *
	 * @param kind {@code ANM}, {@code AND} or {@code AVA}
	 * @param identifier what the payer registered with, up to 20 characters
	 * @param address the payer's e-faktura address, up to 35
	 * @param bank the payer's bank, up to 10
	 * @param day YYYYMMDD
	 * @param name up to 70
	 */
	static String registration(String kind, String identifier, String address, String bank, String day, String name) {
		return "20"                                       // 1–2 record code 20, registration
				+ kind                                     // 3–5 ANM new, AND changed, AVA cancelled
				+ String.format("%-20s", identifier)       // 6–25 the identifier the payer registered with
				+ String.format("%-35s", address)          // 26–60 the payer's e-faktura address (FMI)
				+ String.format("%-10s", bank)             // 61–70 the payer's bank
				+ day                                      // 71–78 the day
				+ String.format("%-70s", name)             // 79–148 the payer's name
				+ " ".repeat(92);                          // 149–240 blank
	}

	/** A summary record: the number of registration records, seven digits. */
	static String summary(String registrations) {
		return "90"                                       // 1–2 record code 90, summary
				+ registrations                            // 3–9 registration records
				+ " ".repeat(231);                         // 10–240 blank
	}

	/** A rejection record. */
	static String rejection(String reference, String invoiceNumber, String code, String text) {
		return "30"                                       // 1–2 record code 30, invoice not delivered
				+ String.format("%-25s", reference)        // 3–27 the invoice's OCR reference
				+ String.format("%-20s", invoiceNumber)    // 28–47 its number
				+ code                                     // 48–50 rejection code, three digits
				+ String.format("%-70s", text)             // 51–120 the service's text
				+ " ".repeat(120);                         // 121–240 blank
	}

	/** An end record: the number of records in the file, seven digits. */
	static String end(String records) {
		return "99"                                       // 1–2 record code 99, end
				+ records                                  // 3–9 records in the file, all included
				+ " ".repeat(231);                         // 10–240 blank
	}

	static String file(String... records) {
		return String.join("\r\n", records) + "\r\n";
	}
}
