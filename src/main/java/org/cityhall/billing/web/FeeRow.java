package org.cityhall.billing.web;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import org.cityhall.billing.FeeView;

/**
 * A fee as the pages show it, in the page's language.
 *
 * @param vat the VAT within the amount, or {@code null} for a fee without VAT
 * @param vatPercent the VAT rate in per cent, such as {@code 25}, or {@code null}
 * @param paidAt when it was paid, Stockholm time, or {@code null} while unpaid
 * @param paidAtIso the same as an ISO date and time for {@code <time datetime>}, or {@code null}
 */
record FeeRow(UUID id, String what, String matter, String amount, String vat, String vatPercent, String paidAt,
		String paidAtIso, UUID paymentId) {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static FeeRow of(FeeView fee, Locale locale) {
		boolean vat = fee.vatRate().signum() > 0;
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).withZone(STOCKHOLM);
		return new FeeRow(fee.id(), fee.what().in(locale), fee.matter(), fee.amount().format(locale),
				vat ? fee.vat().format(locale) : null,
				vat ? fee.vatRate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() : null,
				fee.paidAt() == null ? null : time.format(fee.paidAt()),
				fee.paidAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(fee.paidAt().truncatedTo(ChronoUnit.SECONDS).atZone(STOCKHOLM)),
				fee.paymentId());
	}
}
