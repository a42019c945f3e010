package org.cityhall.billing.autogiro;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.cityhall.billing.bankgirot.RecordReader;

/**
 * A payment specification (betalningsspecifikation) from Bankgirot Autogiro, new file layout: what became
 * of the withdrawals the city ordered. Lines of 80 characters in ISO 8859-1, each a record whose first two
 * digits are its code (transaktionskod, TK):
 * <ul>
 * <li>TK01 opening: 3–22 {@code AUTOGIRO}, 25–44 when it was written (YYYYMMDDHHMMSSmmmmmm), 45–64 the layout
 * {@code BET. SPEC & STOPP TK}, 65–70 the payee's customer number, 71–80 the payee's bankgiro number;</li>
 * <li>TK15 deposit: 3–37 the payee's bank account, 38–45 payment date, 46–50 deposit serial, 51–68 the
 * amount withdrawn in öre, 72–79 the number of withdrawals carried out;</li>
 * <li>TK82 withdrawal: 3–10 payment date, 11 period code, 12–14 renewals, 16–31 payer number, 32–43 amount
 * in öre, 44–53 the payee's bankgiro number, 54–69 reference, 80 result: {@code 0} carried out, {@code 1}
 * insufficient funds, {@code 2} no account or mandate, {@code 9} to be tried again;</li>
 * <li>TK09 end: 3–10 date, 11–14 {@code 9900}, 15–20 deposit records, 21–32 withdrawals carried out, 33–38
 * and 39–50 outgoing payments, 51–56 and 57–68 refunds.</li>
 * </ul>
 * The city orders no payments to payers, so the outgoing (TK16, TK32) and refund (TK17, TK77) sections are
 * refused. The file is read whole and checked against its own counts and sums; a file that does not add
 * up is refused with the line and the column that is wrong.
 *
 * @param writtenAt when Bankgirot wrote it, as it says (YYYYMMDDHHMMSSmmmmmm)
 * @param customerNumber the payee's customer number at Bankgirot
 * @param bankgiro the payee's bankgiro number, ten digits
 * @param deposits its deposits, in order
 */
public record PaymentSpecification(String writtenAt, String customerNumber, String bankgiro, List<Deposit> deposits) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	/** Every withdrawal of every deposit, in order. */
	public List<Withdrawal> withdrawals() {
		return deposits.stream().flatMap(deposit -> deposit.withdrawals().stream()).toList();
	}

	/** Reads a file's bytes, as ISO 8859-1. */
	public static PaymentSpecification parse(byte[] bytes) {
		return parse(new String(bytes, StandardCharsets.ISO_8859_1));
	}

	/**
	 * Reads a file.
	 *
	 * @throws AutogiroException naming the line (and column) that is not as the layout says
	 */
	public static PaymentSpecification parse(String text) {
		return new Reader(text).read();
	}

	/**
	 * One deposit to the city's account: the withdrawals of one payment day.
	 *
	 * @param bankAccount the account the money went to
	 * @param paymentDate the day of the withdrawals
	 * @param serial the deposit's serial number
	 * @param amountOre what was withdrawn, in öre
	 * @param withdrawals its withdrawal records, carried out or not
	 */
	public record Deposit(String bankAccount, LocalDate paymentDate, String serial, long amountOre, List<Withdrawal> withdrawals) {
	}

	/**
	 * One withdrawal record (TK82).
	 *
	 * @param paymentDate the day it was to be made
	 * @param payerNumber the payer number, without the zeros it is padded with
	 * @param amountOre the amount in öre
	 * @param reference the reference the city gave it, trimmed
	 * @param result what became of it
	 * @param depositSerial the serial number of its deposit
	 * @param line the line of the record in the file
	 */
	public record Withdrawal(LocalDate paymentDate, String payerNumber, long amountOre, String reference, Result result,
			String depositSerial, int line) {
	}

	/** What became of a withdrawal (column 80 of TK82). */
	public enum Result {

		/** 0: carried out, the money was taken. */
		CARRIED_OUT('0'),

		/** 1: not carried out, the account lacked the money (täckning saknas). */
		INSUFFICIENT_FUNDS('1'),

		/** 2: not carried out, no account or mandate to take it from (koppling saknas). */
		NO_MANDATE('2'),

		/** 9: not yet carried out; Bankgirot tries again (förnyad täckningskontroll). */
		RETRIED('9');

		private final char code;

		Result(char code) {
			this.code = code;
		}

		/** The code in column 80. */
		public char code() {
			return code;
		}

		static Result of(char code) {
			for (Result result : values()) {
				if (result.code == code) {
					return result;
				}
			}
			return null;
		}
	}

	private static final class Reader extends RecordReader {

		Reader(String text) {
			super(text);
		}

		@Override
		protected RuntimeException failure(int line, String message) {
			return new AutogiroException(line, message);
		}

		PaymentSpecification read() {
			if (lines.isEmpty()) {
				throw new AutogiroException(0, "the file is empty");
			}
			String opening = line();
			expect(opening, "01");
			if (!field(opening, 3, 22).strip().equals("AUTOGIRO")) {
				throw error(3, "the layout name is '" + field(opening, 3, 22).strip() + "', not AUTOGIRO");
			}
			String writtenAt = digits(opening, 25, 44, "the time the file was written");
			if (!field(opening, 45, 64).equals("BET. SPEC & STOPP TK")) {
				throw error(45, "the file is '" + field(opening, 45, 64).strip() + "', not a payment specification (BET. SPEC & STOPP TK)");
			}
			String customerNumber = digits(opening, 65, 70, "the payee's customer number");
			String bankgiro = digits(opening, 71, 80, "the payee's bankgiro number");
			at++;
			List<Deposit> deposits = new ArrayList<>();
			while (at < lines.size() && !code(line()).equals("09")) {
				String code = code(line());
				if (!code.equals("15")) {
					throw error(1, code.equals("16") || code.equals("17")
							? "a record " + code + " opens outgoing payments or refunds, which the city does not order by autogiro"
							: "expected a deposit record (15) or the end record (09), found " + code);
				}
				deposits.add(deposit(bankgiro));
			}
			if (at >= lines.size()) {
				throw new AutogiroException(lines.size(), "the file ends without its end record (09)");
			}
			String end = line();
			digits(end, 3, 10, "the end record's date");
			if (!field(end, 11, 14).equals("9900")) {
				throw error(11, "the end record has '" + field(end, 11, 14) + "' where 9900 stands");
			}
			check(end, 15, 20, deposits.size(), "deposit records");
			check(end, 21, 32, deposits.stream().flatMap(deposit -> deposit.withdrawals().stream())
					.filter(withdrawal -> withdrawal.result() == Result.CARRIED_OUT).count(), "withdrawals carried out");
			check(end, 33, 38, 0, "outgoing payment records");
			check(end, 39, 50, 0, "outgoing payments");
			check(end, 51, 56, 0, "refund records");
			check(end, 57, 68, 0, "refunds");
			if (at + 1 < lines.size()) {
				throw new AutogiroException(at + 2, "there is more after the end record (09)");
			}
			return new PaymentSpecification(writtenAt, customerNumber, bankgiro, List.copyOf(deposits));
		}

		private Deposit deposit(String bankgiro) {
			String opening = line();
			String account = field(opening, 3, 37).strip();
			LocalDate date = date(opening, 38, "the payment date");
			String serial = digits(opening, 46, 50, "the deposit serial number");
			long amount = Long.parseLong(digits(opening, 51, 68, "the deposit amount"));
			int count = Integer.parseInt(digits(opening, 72, 79, "the number of withdrawals carried out"));
			int openedOn = at;
			at++;
			List<Withdrawal> withdrawals = new ArrayList<>();
			while (at < lines.size() && code(line()).equals("82")) {
				withdrawals.add(withdrawal(bankgiro, serial));
				at++;
			}
			List<Withdrawal> carriedOut = withdrawals.stream().filter(withdrawal -> withdrawal.result() == Result.CARRIED_OUT).toList();
			if (carriedOut.size() != count) {
				throw new AutogiroException(openedOn + 1, "column 72: the deposit says " + count + " withdrawals carried out, the file has "
						+ carriedOut.size());
			}
			long sum = carriedOut.stream().mapToLong(Withdrawal::amountOre).sum();
			if (sum != amount) {
				throw new AutogiroException(openedOn + 1, "column 51: the deposit's amount is " + amount
						+ " öre, its withdrawals carried out add up to " + sum);
			}
			return new Deposit(account, date, serial, amount, List.copyOf(withdrawals));
		}

		private Withdrawal withdrawal(String bankgiro, String depositSerial) {
			String line = line();
			LocalDate date = date(line, 3, "the payment date");
			String payer = digits(line, 16, 31, "the payer number").replaceFirst("^0+(?=.)", "");
			long amount = Long.parseLong(digits(line, 32, 43, "the amount"));
			if (!digits(line, 44, 53, "the payee's bankgiro number").equals(bankgiro)) {
				throw error(44, "the withdrawal is to bankgiro " + field(line, 44, 53) + ", the file's is " + bankgiro);
			}
			String reference = field(line, 54, 69).strip();
			Result result = Result.of(line.charAt(79));
			if (result == null) {
				throw error(80, "the result code is '" + line.charAt(79) + "', not 0, 1, 2 or 9");
			}
			return new Withdrawal(date, payer, amount, reference, result, depositSerial, at + 1);
		}

		private LocalDate date(String line, int from, String what) {
			try {
				return LocalDate.parse(field(line, from, from + 7), DATE);
			}
			catch (DateTimeParseException ex) {
				throw error(from, what + " '" + field(line, from, from + 7) + "' is not a date (YYYYMMDD)");
			}
		}
	}
}
