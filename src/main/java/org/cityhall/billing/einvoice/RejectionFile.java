package org.cityhall.billing.einvoice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of invoices Bankgirot's e-faktura service could not deliver (redovisning av felaktiga
 * fakturaunderlag): each with its reference, its number and the service's rejection code (avvisningskod) and
 * text. Records of 240 characters in ISO 8859-1 (docs/billing.md, "e-faktura"):
 * <ul>
 * <li>01 opening: 3–10 the day written, 11–16 the time, 17–19 the file type {@code EFR}, 20–29 the biller's
 * identity (FUI), ten digits;</li>
 * <li>30 rejection: 3–27 the invoice's OCR reference, 28–47 its number, 48–50 the rejection code (three
 * digits), 51–120 the service's text;</li>
 * <li>99 end: 3–9 the number of records in the file, the opening and the end included.</li>
 * </ul>
 *
 * @param writtenAt when it was written, as it says (YYYYMMDDHHMMSS)
 * @param biller the biller's identity, ten digits
 * @param rejections the invoices rejected, in order
 */
public record RejectionFile(String writtenAt, String biller, List<Rejection> rejections) {

	public RejectionFile {
		rejections = List.copyOf(rejections);
	}

	/**
	 * An invoice the service did not deliver.
	 *
	 * @param line the line it is on, from 1
	 * @param reference the OCR reference the invoice was sent with
	 * @param invoiceNumber the invoice's number as sent
	 * @param code the rejection code, three digits
	 * @param text the service's explanation
	 */
	public record Rejection(int line, String reference, String invoiceNumber, String code, String text) {
	}

	/** Reads a file's bytes, as ISO 8859-1. */
	public static RejectionFile parse(byte[] bytes) {
		return parse(new String(bytes, StandardCharsets.ISO_8859_1));
	}

	/**
	 * Reads a file.
	 *
	 * @throws EInvoiceException naming the line (and column) that is not as the layout says
	 */
	public static RejectionFile parse(String text) {
		return new Reader(text).read();
	}

	private static final class Reader extends ServiceFileReader {

		Reader(String text) {
			super(text);
		}

		RejectionFile read() {
			Opening opening = opening("EFR", "a rejection report");
			List<Rejection> rejections = new ArrayList<>();
			while (at < lines.size() && code(line()).equals("30")) {
				String line = line();
				String reference = field(line, 3, 27).strip();
				if (reference.isEmpty()) {
					throw error(3, "the invoice's reference is blank");
				}
				rejections.add(new Rejection(at + 1, reference, field(line, 28, 47).strip(), digits(line, 48, 50, "the rejection code"),
						field(line, 51, 120).strip()));
				at++;
			}
			end();
			return new RejectionFile(opening.writtenAt(), opening.biller(), rejections);
		}
	}
}
