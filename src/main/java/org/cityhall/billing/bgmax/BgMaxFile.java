package org.cityhall.billing.bgmax;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.cityhall.billing.bankgirot.RecordReader;

/**
 * A payment file in Bankgirot's BgMax format (Bankgirot Inbetalningar, "BgMax", layout version 01): lines of
 * 80 characters in ISO 8859-1, each a record whose first two digits are its code (transaktionskod, TK):
 * <ul>
 * <li>TK01 start: 3–22 the layout name {@code BGMAX}, 23–24 version {@code 01}, 25–44 when it was written
 * (YYYYMMDDHHMMSSmmmmmm), 45 {@code P} production or {@code T} test;</li>
 * <li>TK05 opening of a deposit: 3–12 the payee's bankgiro number, 13–22 plusgiro number, 23–25 currency;</li>
 * <li>TK20 payment, TK21 deduction, TK22 extra reference, TK23 negative extra reference: 3–12 the payer's
 * bankgiro number, 13–37 reference, 38–55 amount in öre, 56 reference code, 57 channel, 58–69 Bankgirot's
 * serial number, 70 image marker (TK21 also 71 deduction code);</li>
 * <li>TK25 information: 3–52 text; TK26 name: 3–37 name, 38–72 more name; TK27 address: 3–37 address, 38–46
 * postcode; TK28 address: 3–37 town, 38–72 country, 73–74 country code; TK29 organisation number: 3–14;</li>
 * <li>TK15 deposit: 3–37 the payee's bank account, 38–45 payment date, 46–50 deposit serial, 51–68 amount
 * in öre, 69–71 currency, 72–79 number of payments, 80 type;</li>
 * <li>TK70 end: 3–10 payment records, 11–18 deduction records, 19–26 extra reference records, 27–34 deposit
 * records.</li>
 * </ul>
 * The file is read whole and checked against its own counts and sums: a file that does not add up is
 * refused with the line and the column that is wrong, and nothing of it is used.
 *
 * @param writtenAt when Bankgirot wrote it, as it says (YYYYMMDDHHMMSSmmmmmm)
 * @param test whether it is a test file
 * @param deposits its deposits, in order
 */
public record BgMaxFile(String writtenAt, boolean test, List<Deposit> deposits) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	/** Every payment of every deposit, in order. */
	public List<Payment> payments() {
		return deposits.stream().flatMap(deposit -> deposit.payments().stream()).toList();
	}

	/** Reads a file's bytes, as ISO 8859-1. */
	public static BgMaxFile parse(byte[] bytes) {
		return parse(new String(bytes, StandardCharsets.ISO_8859_1));
	}

	/**
	 * Reads a file.
	 *
	 * @throws BgMaxException naming the line (and column) that is not as the layout says
	 */
	public static BgMaxFile parse(String text) {
		return new Reader(text).read();
	}

	/**
	 * One deposit to the city's account: the payments Bankgirot credited in one go.
	 *
	 * @param payeeBankgiro the city's bankgiro number
	 * @param currency the currency, {@code SEK}
	 * @param bankAccount the account the money went to
	 * @param paymentDate the day the payments were made
	 * @param serial the deposit's serial number
	 * @param amountOre the deposit's amount in öre
	 * @param payments its payments
	 */
	public record Deposit(String payeeBankgiro, String currency, String bankAccount, LocalDate paymentDate, String serial,
			long amountOre, List<Payment> payments) {
	}

	/**
	 * One payment record (TK20 to TK23) with the name, address and number records that follow it.
	 *
	 * @param code 20 payment, 21 deduction, 22 extra reference, 23 negative extra reference
	 * @param payerBankgiro the payer's bankgiro number, zeros when paid from a bank account
	 * @param reference the reference as given, trimmed
	 * @param amountOre the amount in öre, negative for deductions (21, 23)
	 * @param referenceCode what the reference is: 2 a checked OCR reference, 5 a wrong one, and so on
	 * @param channel how it was paid: 1 internet bank, 2 supplier payments (LB), 3 paper, 4 autogiro
	 * @param bgcSerial Bankgirot's serial number of the payment
	 * @param paymentDate the deposit's payment date
	 * @param payerName the payer's name (TK26), if given
	 * @param payerNumber the payer's organisation or personal identity number (TK29), if given
	 * @param information the information texts (TK25)
	 * @param line the line of the record in the file
	 */
	public record Payment(int code, String payerBankgiro, String reference, long amountOre, int referenceCode, int channel,
			String bgcSerial, LocalDate paymentDate, String payerName, String payerNumber, List<String> information, int line) {
	}

	private static final class Reader extends RecordReader {

		Reader(String text) {
			super(text);
		}

		@Override
		protected RuntimeException failure(int line, String message) {
			return new BgMaxException(line, message);
		}

		BgMaxFile read() {
			if (lines.isEmpty()) {
				throw new BgMaxException(0, "the file is empty");
			}
			String start = line();
			expect(start, "01");
			if (!field(start, 3, 22).strip().equals("BGMAX")) {
				throw error(3, "the layout name is '" + field(start, 3, 22).strip() + "', not BGMAX");
			}
			if (!field(start, 23, 24).equals("01")) {
				throw error(23, "layout version " + field(start, 23, 24) + " is not one CityHall reads (01)");
			}
			String writtenAt = digits(start, 25, 44, "the time the file was written");
			String marker = field(start, 45, 45);
			if (!marker.equals("P") && !marker.equals("T")) {
				throw error(45, "the test marker is '" + marker + "', not P or T");
			}
			at++;
			List<Deposit> deposits = new ArrayList<>();
			int payments = 0;
			int deductions = 0;
			int extras = 0;
			while (at < lines.size() && code(line()).equals("05")) {
				Deposit deposit = deposit();
				deposits.add(deposit);
				for (Payment payment : deposit.payments()) {
					switch (payment.code()) {
						case 20 -> payments++;
						case 21 -> deductions++;
						default -> extras++;
					}
				}
			}
			if (at >= lines.size()) {
				throw new BgMaxException(lines.size(), "the file ends without its end record (70)");
			}
			String end = line();
			expect(end, "70");
			check(end, 3, 10, payments, "payment records");
			check(end, 11, 18, deductions, "deduction records");
			check(end, 19, 26, extras, "extra reference records");
			check(end, 27, 34, deposits.size(), "deposit records");
			if (at + 1 < lines.size()) {
				throw new BgMaxException(at + 2, "there is more after the end record (70)");
			}
			return new BgMaxFile(writtenAt, marker.equals("T"), List.copyOf(deposits));
		}

		private Deposit deposit() {
			String opening = line();
			String payee = digits(opening, 3, 12, "the payee's bankgiro number");
			String currency = field(opening, 23, 25);
			at++;
			List<PendingPayment> pending = new ArrayList<>();
			while (at < lines.size()) {
				String line = line();
				String code = code(line);
				switch (code) {
					case "20", "21", "22", "23" -> pending.add(payment(line));
					case "25" -> last(pending, code).information.add(field(line, 3, 52).strip());
					case "26" -> last(pending, code).name = (field(line, 3, 37).strip() + " " + field(line, 38, 72).strip()).strip();
					case "27", "28" -> last(pending, code);
					case "29" -> last(pending, code).number = field(line, 3, 14).strip();
					case "15" -> {
						return close(line, payee, currency, pending);
					}
					default -> throw error(1, "a record " + code + " cannot stand in a deposit (20–29, closed by 15)");
				}
				at++;
			}
			throw new BgMaxException(lines.size(), "the deposit opened on line " + (at) + " has no deposit record (15)");
		}

		private Deposit close(String line, String payee, String currency, List<PendingPayment> pending) {
			String account = field(line, 3, 37).strip();
			LocalDate date;
			try {
				date = LocalDate.parse(field(line, 38, 45), DATE);
			}
			catch (DateTimeParseException ex) {
				throw error(38, "the payment date '" + field(line, 38, 45) + "' is not a date (YYYYMMDD)");
			}
			String serial = digits(line, 46, 50, "the deposit serial number");
			long amount = Long.parseLong(digits(line, 51, 68, "the deposit amount"));
			if (!field(line, 69, 71).equals(currency)) {
				throw error(69, "the deposit's currency " + field(line, 69, 71) + " is not its opening's " + currency);
			}
			int count = Integer.parseInt(digits(line, 72, 79, "the number of payments"));
			List<Payment> payments = pending.stream().map(payment -> payment.toPayment(date)).toList();
			long records = payments.stream().filter(payment -> payment.code() == 20 || payment.code() == 21).count();
			if (count != records) {
				throw error(72, "the deposit says " + count + " payments, the file has " + records);
			}
			long sum = payments.stream().filter(payment -> payment.code() == 20 || payment.code() == 21)
					.mapToLong(Payment::amountOre).sum();
			// A deduction (21) is a negative amount: the deposit is the payments less the deductions.
			if (sum != amount) {
				throw error(51, "the deposit's amount is " + amount + " öre, its payments add up to " + sum);
			}
			at++;
			return new Deposit(payee, currency, account, date, serial, amount, payments);
		}

		private PendingPayment last(List<PendingPayment> pending, String code) {
			if (pending.isEmpty()) {
				throw error(1, "a record " + code + " must follow a payment record (20–23)");
			}
			return pending.get(pending.size() - 1);
		}

		private PendingPayment payment(String line) {
			int code = Integer.parseInt(code(line));
			String bankgiro = digits(line, 3, 12, "the payer's bankgiro number");
			String reference = field(line, 13, 37).strip();
			long amount = Long.parseLong(digits(line, 38, 55, "the amount"));
			int referenceCode = Integer.parseInt(digits(line, 56, 56, "the reference code"));
			int channel = Integer.parseInt(digits(line, 57, 57, "the payment channel"));
			String serial = digits(line, 58, 69, "Bankgirot's serial number");
			return new PendingPayment(code, bankgiro, reference, code == 21 || code == 23 ? -amount : amount, referenceCode,
					channel, serial, at + 1);
		}

		private static final class PendingPayment {

			final int code;
			final String bankgiro;
			final String reference;
			final long amount;
			final int referenceCode;
			final int channel;
			final String serial;
			final int line;
			final List<String> information = new ArrayList<>();
			String name;
			String number;

			PendingPayment(int code, String bankgiro, String reference, long amount, int referenceCode, int channel, String serial,
					int line) {
				this.code = code;
				this.bankgiro = bankgiro;
				this.reference = reference;
				this.amount = amount;
				this.referenceCode = referenceCode;
				this.channel = channel;
				this.serial = serial;
				this.line = line;
			}

			Payment toPayment(LocalDate date) {
				return new Payment(code, bankgiro, reference, amount, referenceCode, channel, serial, date, name, number,
						List.copyOf(information), line);
			}
		}
	}
}
