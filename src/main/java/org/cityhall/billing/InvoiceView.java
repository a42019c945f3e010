package org.cityhall.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;

/**
 * An invoice, or a credit note that cancels one, as it stands.
 *
 * @param id the invoice's id
 * @param number its number, unique among invoices and credit notes
 * @param kind an invoice or a credit note
 * @param credits for a credit note, the invoice it cancels; otherwise {@code null}
 * @param ocr the OCR reference to pay it with; {@code null} for a credit note
 * @param payer who is to pay (or is credited)
 * @param delivery how it reaches the payer
 * @param issueDate the day it was issued
 * @param dueDate the day it is to be paid by
 * @param total the amount to pay, VAT included
 * @param vat the VAT within the total
 * @param paid what was paid towards it so far (more than the total when overpaid)
 * @param credited what its credit notes took off it; zero for a credit note
 * @param status open, paid or credited
 * @param remindedOn the day a reminder was sent; {@code null} if none
 * @param reminderDueDate the new day to pay by that the reminder gave; {@code null} if none
 * @param reason for a credit note, why the invoice was cancelled
 * @param lines what is invoiced, one line per fee
 */
public record InvoiceView(UUID id, long number, Kind kind, UUID credits, OcrReference ocr, Party payer, Delivery delivery,
		LocalDate issueDate, LocalDate dueDate, Money total, Money vat, Money paid, Money credited, Status status, LocalDate remindedOn,
		LocalDate reminderDueDate, String reason, List<Line> lines) {

	public InvoiceView {
		lines = List.copyOf(lines);
	}

	/** What is left to pay: the total less what was credited and what was paid, never below zero. */
	public Money remaining() {
		Money left = new Money(total.amount().subtract(credited.amount()).subtract(paid.amount()), total.currency());
		return left.amount().signum() < 0 ? new Money(BigDecimal.ZERO.setScale(2), total.currency()) : left;
	}

	/** The day it is to be paid by now: the reminder's, once a reminder was sent. */
	public LocalDate payBy() {
		return reminderDueDate != null ? reminderDueDate : dueDate;
	}

	/** Whether it is an open invoice whose day to pay by has passed. */
	public boolean isOverdue(LocalDate today) {
		return kind == Kind.INVOICE && status == Status.OPEN && payBy().isBefore(today);
	}

	/** Whether the party is this invoice's payer. */
	public boolean isPayer(Party party) {
		return party != null && party.getClass().equals(payer.getClass()) && party.id().equals(payer.id());
	}

	/** The taxable amount and the VAT per rate, the lowest rate first. */
	public List<VatGroup> vatBreakdown() {
		Map<BigDecimal, BigDecimal[]> groups = new TreeMap<>();
		for (Line line : lines) {
			BigDecimal[] sums = groups.computeIfAbsent(line.vatRate().stripTrailingZeros(),
					rate -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
			sums[0] = sums[0].add(line.net());
		}
		return groups.entrySet().stream().map(group -> new VatGroup(group.getKey(), group.getValue()[0],
				group.getValue()[0].multiply(group.getKey()).setScale(2, java.math.RoundingMode.HALF_UP))).toList();
	}

	/**
	 * The rounding (öresavrundning) that makes the net amounts and each rate's VAT add up to the total: zero,
	 * or an öre or so, since a rate's VAT is its net sum times the rate and the total is the fees' amounts.
	 */
	public BigDecimal rounding() {
		BigDecimal sum = BigDecimal.ZERO;
		for (VatGroup group : vatBreakdown()) {
			sum = sum.add(group.taxable()).add(group.vat());
		}
		return total.amount().subtract(sum);
	}

	/** The total without VAT: the lines' net amounts. */
	public BigDecimal net() {
		return lines.stream().map(Line::net).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** An invoice or a credit note. */
	public enum Kind {
		INVOICE, CREDIT_NOTE
	}

	/** Where an invoice stands. */
	public enum Status {

		/** Not yet paid in full. */
		OPEN,

		/** Paid in full (or more). */
		PAID,

		/** Cancelled by a credit note; a credit note itself is issued in this status. */
		CREDITED
	}

	/** How an invoice reaches its payer. */
	public enum Delivery {

		/** On the payer's My pages, with its PDF: residents. */
		MY_PAGES,

		/** As a Peppol BIS Billing 3.0 document through the city's access point: organisations. */
		PEPPOL,

		/**
		 * As e-faktura to the payer's internet bank through Bankgirot's e-faktura service, and on My pages:
		 * residents with an e-faktura agreement.
		 */
		E_INVOICE
	}

	/**
	 * One invoiced fee.
	 *
	 * @param feeId the fee
	 * @param matter the fee's matter
	 * @param what what the fee is for
	 * @param vatRate the VAT rate, {@code 0.25}; zero when exempt
	 * @param net the amount without VAT
	 * @param vat the fee's amount less its net amount (a rate's VAT is computed on the rate's net sum)
	 * @param gross the fee's amount, VAT included: net plus VAT
	 */
	public record Line(UUID feeId, String matter, LocalizedText what, BigDecimal vatRate, BigDecimal net, BigDecimal vat,
			BigDecimal gross) {

		/** The VAT rate as a percentage, {@code 25}. */
		public BigDecimal vatPercent() {
			return vatRate.movePointRight(2).stripTrailingZeros();
		}
	}

	/**
	 * The VAT of one rate.
	 *
	 * @param rate the rate, {@code 0.25}; zero for fees exempt from VAT
	 * @param taxable the sum of the lines' net amounts at this rate
	 * @param vat the VAT at this rate: the taxable amount times the rate, to the öre
	 */
	public record VatGroup(BigDecimal rate, BigDecimal taxable, BigDecimal vat) {

		public BigDecimal percent() {
			return rate.movePointRight(2).stripTrailingZeros();
		}

		public boolean isExempt() {
			return rate.signum() == 0;
		}
	}
}
