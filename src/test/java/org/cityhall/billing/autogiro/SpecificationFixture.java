package org.cityhall.billing.autogiro;

/**
 * A payment specification (Bankgirot Autogiro, new file layout) written by hand, record by record and column
 * by column, for the city's customer number 004711 and bankgiro 991-2346: one deposit on 2 December 2026
 * with a withdrawal of 625,00 kr carried out and one of 300,00 kr that failed for insufficient funds. The
 * payer numbers and references are the test's own, so that the withdrawals meet invoices it issued.
 */
public final class SpecificationFixture {

	private SpecificationFixture() {
	}

	/**
	 * @param writtenAt 20 digits, YYYYMMDDHHMMSSmmmmmm
	 * @param paidPayer the payer number of the withdrawal carried out, ten digits
	 * @param paidReference its reference, as the city sent it: left, blanks after (up to 16)
	 * @param failedPayer the payer number of the withdrawal that failed, ten digits
	 * @param failedReference its reference, which this file gives back with zeros before (up to 16)
	 */
	public static String file(String writtenAt, String paidPayer, String paidReference, String failedPayer, String failedReference) {
		String opening = "01"                                   // 1–2 record code 01, opening
				+ "AUTOGIRO            "                         // 3–22 AUTOGIRO, blanks after
				+ "  "                                           // 23–24 blank
				+ writtenAt                                      // 25–44 written YYYYMMDDHHMMSSmmmmmm
				+ "BET. SPEC & STOPP TK"                         // 45–64 the layout: payment specification
				+ "004711"                                       // 65–70 the payee's customer number
				+ "0009912346";                                  // 71–80 the payee's bankgiro number
		String deposit = "15"                                   // 1–2 record code 15, deposit
				+ "000000000000000000000000" + "99001234567"     // 3–37 the payee's bank account, zeros before
				+ "20261202"                                     // 38–45 payment date
				+ "00001"                                        // 46–50 deposit serial number
				+ "000000000000062500"                           // 51–68 amount withdrawn: 625,00 kr in öre
				+ "   "                                          // 69–71 blank
				+ "00000001"                                     // 72–79 withdrawals carried out: 1
				+ " ";                                           // 80 blank
		String paid = "82"                                      // 1–2 record code 82, withdrawal
				+ "20261202"                                     // 3–10 payment date
				+ "0"                                            // 11 period code 0, once
				+ "   "                                          // 12–14 renewals, none
				+ " "                                            // 15 blank
				+ "000000" + paidPayer                           // 16–31 payer number, zeros before
				+ "000000062500"                                 // 32–43 amount: 625,00 kr in öre
				+ "0009912346"                                   // 44–53 the payee's bankgiro number
				+ String.format("%-16s", paidReference)          // 54–69 reference, blanks after
				+ "          "                                   // 70–79 blank
				+ "0";                                           // 80 result 0: carried out
		String failed = "82"                                    // 1–2 record code 82, withdrawal
				+ "20261202"                                     // 3–10 payment date
				+ "0"                                            // 11 period code 0, once
				+ "   "                                          // 12–14 renewals, none
				+ " "                                            // 15 blank
				+ "000000" + failedPayer                         // 16–31 payer number, zeros before
				+ "000000030000"                                 // 32–43 amount: 300,00 kr in öre
				+ "0009912346"                                   // 44–53 the payee's bankgiro number
				+ "0".repeat(16 - failedReference.length()) + failedReference // 54–69 reference, zeros before
				+ "          "                                   // 70–79 blank
				+ "1";                                           // 80 result 1: insufficient funds
		String end = "09"                                       // 1–2 record code 09, end
				+ "20261202"                                     // 3–10 date
				+ "9900"                                         // 11–14 9900
				+ "000001"                                       // 15–20 deposit records: 1
				+ "000000000001"                                 // 21–32 withdrawals carried out: 1
				+ "000000"                                       // 33–38 outgoing payment records: 0
				+ "000000000000"                                 // 39–50 outgoing payments: 0
				+ "000000"                                       // 51–56 refund records: 0
				+ "000000000000"                                 // 57–68 refunds: 0
				+ "            ";                                // 69–80 blank
		return String.join("\r\n", opening, deposit, paid, failed, end) + "\r\n";
	}
}
