package org.cityhall.billing.einvoice;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A registration file (anmälningsfil) from Bankgirot's e-faktura service: the payers who, in their internet
 * bank, asked for the city's invoices as e-faktura, changed where they get them, or stopped. The payer
 * registers with the identifier the city asks for, here the personal identity number (12 digits). Records
 * of 240 characters in ISO 8859-1 (docs/billing.md, "e-faktura", for the sources and which columns were
 * decided here):
 * <ul>
 * <li>01 opening: 3–10 the day written, 11–16 the time (HHMMSS), 17–19 the file type {@code EFA}, 20–29 the
 * biller's identity (FUI): the bankgiro number the service is registered on, ten digits;</li>
 * <li>20 registration (anmälningsradspost), one per payer: 3–5 what it is, {@code ANM} a new registration
 * (anmälan), {@code AND} a change (new address or bank), {@code AVA} a cancellation (avanmälan); 6–25 the
 * identifier the payer registered with; 26–60 the payer's e-faktura address at their bank (FMI); 61–70 the
 * bank; 71–78 the day; 79–148 the payer's name. Address and bank may be blank in a cancellation;</li>
 * <li>90 summary: 3–9 the number of registration records;</li>
 * <li>99 end: 3–9 the number of records in the file, the opening and the end included.</li>
 * </ul>
 * The file is read whole and checked against itself; one that does not add up is refused, naming the line
 * and the column.
 *
 * @param writtenAt when it was written, as it says (YYYYMMDDHHMMSS)
 * @param biller the biller's identity, ten digits
 * @param registrations its registration records, in order
 */
public record RegistrationFile(String writtenAt, String biller, List<Registration> registrations) {

	public RegistrationFile {
		registrations = List.copyOf(registrations);
	}

	/** What a registration record asks. */
	public enum Kind {
		/** Anmälan: send the payer's invoices as e-faktura to this address. */
		NEW("ANM"),
		/** The payer's address or bank changed. */
		CHANGED("AND"),
		/** Avanmälan: the payer no longer wants e-faktura. */
		CANCELLED("AVA");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	/**
	 * One payer's registration, change or cancellation.
	 *
	 * @param line the line it is on, from 1
	 * @param kind new, changed or cancelled
	 * @param identifier what the payer registered with, as typed in the internet bank
	 * @param address the payer's e-faktura address at their bank; blank in a cancellation that gives none
	 * @param bank the payer's bank; blank in a cancellation that gives none
	 * @param on the day the payer did it
	 * @param name the payer's name as the bank gave it
	 */
	public record Registration(int line, Kind kind, String identifier, String address, String bank, LocalDate on, String name) {
	}

	/** Reads a file's bytes, as ISO 8859-1. */
	public static RegistrationFile parse(byte[] bytes) {
		return parse(new String(bytes, StandardCharsets.ISO_8859_1));
	}

	/**
	 * Reads a file.
	 *
	 * @throws EInvoiceException naming the line (and column) that is not as the layout says
	 */
	public static RegistrationFile parse(String text) {
		return new Reader(text).read();
	}

	private static final class Reader extends ServiceFileReader {

		Reader(String text) {
			super(text);
		}

		RegistrationFile read() {
			Opening opening = opening("EFA", "a registration file");
			List<Registration> registrations = new ArrayList<>();
			while (at < lines.size() && code(line()).equals("20")) {
				registrations.add(registration(line()));
				at++;
			}
			if (at >= lines.size()) {
				throw failure(at, "the file ends without its summary record 90");
			}
			String summary = line();
			expect(summary, "90");
			long said = Long.parseLong(digits(summary, 3, 9, "the number of registration records"));
			if (said != registrations.size()) {
				throw error(3, "the summary record says " + said + " registration records, the file has " + registrations.size());
			}
			at++;
			end();
			return new RegistrationFile(opening.writtenAt(), opening.biller(), registrations);
		}

		private Registration registration(String line) {
			String code = field(line, 3, 5);
			Kind kind = null;
			for (Kind candidate : Kind.values()) {
				if (candidate.code().equals(code)) {
					kind = candidate;
				}
			}
			if (kind == null) {
				throw error(3, "'" + code + "' is no registration kind: ANM, AND or AVA");
			}
			String identifier = field(line, 6, 25).strip();
			if (identifier.isEmpty()) {
				throw error(6, "the payer's identifier is blank");
			}
			String address = field(line, 26, 60).strip();
			String bank = field(line, 61, 70).strip();
			if (kind != Kind.CANCELLED && (address.isEmpty() || bank.isEmpty())) {
				throw error(address.isEmpty() ? 26 : 61, "a registration or change needs the payer's e-faktura address and bank");
			}
			LocalDate on = Layout.date(field(line, 71, 78));
			if (on == null) {
				throw error(71, "'" + field(line, 71, 78) + "' is no date (YYYYMMDD)");
			}
			return new Registration(at + 1, kind, identifier, address, bank, on, field(line, 79, 148).strip());
		}
	}
}
