package org.cityhall.billing.einvoice;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An invoice file (EFB, betalrader) for Bankgirot's e-faktura service: the invoices to present in payers'
 * internet banks. Records of 240 characters in ISO 8859-1, lines ended by CR LF (docs/billing.md,
 * "e-faktura", for the sources and which columns were decided here):
 * <ul>
 * <li>01 opening: 3–10 the day written, 11–16 the time (HHMMSS), 17–19 the file type {@code EFB}, 20–29 the
 * biller's identity (FUI): its bankgiro number, ten digits; 30–99 the biller's name;</li>
 * <li>20 payment record (betalningspost), one per invoice: 3–37 the payer's e-faktura address (FMI), 38–47
 * the payer's bank, 48–67 the identifier the payer registered with, 68–92 the OCR reference, 93–107 the
 * amount to pay in öre, 108–115 the due date, 116–123 the invoice date, 124–143 the invoice number, 144–153
 * the bankgiro number to pay to, ten digits, 154–223 the payer's name;</li>
 * <li>25 invoice line (fakturaradspost), after its payment record, one per line: 3–72 what, 73–92 the matter,
 * 93–96 the VAT rate in hundredths of a per cent ({@code 2500}), 97–111 the amount with VAT in öre, 112–126
 * the VAT in öre;</li>
 * <li>90 summary: 3–9 the number of payment records, 10–27 their amounts added up, in öre;</li>
 * <li>99 end: 3–9 the number of records in the file, the opening and the end included.</li>
 * </ul>
 *
 * @param writtenAt when the file is written (Stockholm time)
 * @param biller the biller's identity, the bankgiro number's digits
 * @param billerName the biller's name
 * @param invoices the invoices, in order
 */
public record InvoiceFile(LocalDateTime writtenAt, String biller, String billerName, List<Invoice> invoices) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

	public InvoiceFile {
		if (biller == null || !biller.matches("[0-9]{7,10}")) {
			throw new IllegalArgumentException("the biller's identity is its bankgiro number, 7 to 10 digits, not '" + biller + "'");
		}
		invoices = List.copyOf(invoices);
	}

	/**
	 * One invoice for one payer's internet bank.
	 *
	 * @param address the payer's e-faktura address
	 * @param bank the payer's bank
	 * @param identifier what the payer registered with
	 * @param payerName the payer's name
	 * @param ocr the OCR reference to pay with
	 * @param number the invoice's number
	 * @param invoiceDate the day it was issued
	 * @param dueDate the day to pay by
	 * @param amount what to pay, with VAT
	 * @param lines what is invoiced
	 */
	public record Invoice(String address, String bank, String identifier, String payerName, String ocr, long number,
			LocalDate invoiceDate, LocalDate dueDate, BigDecimal amount, List<Line> lines) {

		public Invoice {
			if (address == null || address.isBlank()) {
				throw new IllegalArgumentException("an e-faktura needs the payer's e-faktura address");
			}
			lines = List.copyOf(lines);
		}
	}

	/** An invoice line: what, the matter, the VAT rate ({@code 0.25}), the amount with VAT and the VAT in it. */
	public record Line(String what, String matter, BigDecimal vatRate, BigDecimal gross, BigDecimal vat) {
	}

	/** The file's records, 240 characters each. */
	public List<String> lines() {
		String fui = Layout.number(Long.parseLong(biller), 10);
		List<String> records = new ArrayList<>();
		records.add(Layout.record("01" + writtenAt.toLocalDate().format(Layout.DATE) + writtenAt.format(TIME) + "EFB" + fui
				+ Layout.text(billerName, 70)));
		long sum = 0;
		for (Invoice invoice : invoices) {
			long amount = ore(invoice.amount());
			sum += amount;
			records.add(Layout.record("20" + Layout.text(invoice.address(), 35) + Layout.text(invoice.bank(), 10)
					+ Layout.text(invoice.identifier(), 20) + Layout.text(invoice.ocr(), 25) + Layout.number(amount, 15)
					+ invoice.dueDate().format(Layout.DATE) + invoice.invoiceDate().format(Layout.DATE)
					+ Layout.text(Long.toString(invoice.number()), 20) + fui + Layout.text(invoice.payerName(), 70)));
			for (Line line : invoice.lines()) {
				records.add(Layout.record("25" + Layout.text(line.what(), 70) + Layout.text(line.matter(), 20)
						+ Layout.number(line.vatRate().movePointRight(4).longValueExact(), 4) + Layout.number(ore(line.gross()), 15)
						+ Layout.number(ore(line.vat()), 15)));
			}
		}
		records.add(Layout.record("90" + Layout.number(invoices.size(), 7) + Layout.number(sum, 18)));
		records.add(Layout.record("99" + Layout.number(records.size() + 1, 7)));
		return List.copyOf(records);
	}

	/** The file as the service takes it: ISO 8859-1, each line ended by CR LF. */
	public byte[] bytes() {
		return (String.join("\r\n", lines()) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
	}

	private static long ore(BigDecimal amount) {
		return amount.movePointRight(2).longValueExact();
	}
}
