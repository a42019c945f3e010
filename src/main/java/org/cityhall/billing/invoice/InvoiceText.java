package org.cityhall.billing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cityhall.billing.InvoiceView;
import org.cityhall.shared.Money;

/**
 * An invoice's figures as its pages and PDF show them, in a language: amounts and dates formatted, and the
 * status a payer understands (to pay, reminded, paid, credited).
 */
public record InvoiceText(UUID id, long number, String kind, String status, String ocr, String issueDate, String payBy,
		String payByIso, String total, String net, String vat, String rounding, String remaining, String paid, boolean reminded,
		boolean open, boolean eInvoice, String reason, List<LineText> lines, List<VatText> vatGroups) {

	/** The status's message key suffix: {@code open}, {@code reminded}, {@code paid}, {@code credited} or {@code credit-note}. */
	public static InvoiceText of(InvoiceView invoice, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		String status = invoice.kind() == InvoiceView.Kind.CREDIT_NOTE ? "credit-note"
				: invoice.status() == InvoiceView.Status.PAID ? "paid"
				: invoice.status() == InvoiceView.Status.CREDITED ? "credited"
				: invoice.remindedOn() != null ? "reminded" : "open";
		LocalDate payBy = invoice.payBy();
		return new InvoiceText(invoice.id(), invoice.number(), invoice.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
				status, invoice.ocr() == null ? null : invoice.ocr().value(), date.format(invoice.issueDate()), date.format(payBy),
				payBy.toString(), invoice.total().format(locale), money(invoice, invoice.net(), locale),
				invoice.vat().format(locale),
				invoice.rounding().signum() == 0 ? null : money(invoice, invoice.rounding(), locale),
				invoice.remaining().format(locale), invoice.paid().format(locale), invoice.remindedOn() != null,
				invoice.kind() == InvoiceView.Kind.INVOICE && invoice.status() == InvoiceView.Status.OPEN,
				invoice.delivery() == InvoiceView.Delivery.E_INVOICE, invoice.reason(),
				invoice.lines().stream().map(line -> new LineText(line.what().in(locale), line.matter(),
						line.vatPercent().toPlainString(), money(invoice, line.net(), locale), money(invoice, line.gross(), locale))).toList(),
				invoice.vatBreakdown().stream().map(group -> new VatText(group.percent().toPlainString(), group.isExempt(),
						money(invoice, group.taxable(), locale), money(invoice, group.vat(), locale))).toList());
	}

	private static String money(InvoiceView invoice, BigDecimal amount, Locale locale) {
		return new Money(amount, invoice.total().currency()).format(locale);
	}

	/** A line: what, which matter, the VAT rate in per cent, net and gross. */
	public record LineText(String what, String matter, String vatPercent, String net, String gross) {
	}

	/** A rate's VAT: the rate in per cent (or exempt), the taxable amount and the VAT. */
	public record VatText(String percent, boolean exempt, String taxable, String vat) {
	}
}
