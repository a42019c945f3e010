package org.cityhall.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

import org.cityhall.shared.LocalizedText;

/**
 * What an e-service costs the applicant, as its definition states it.
 *
 * @param amount what the applicant pays, in SEK, VAT included: above 0, at most two decimals (öre)
 * @param vatRate the VAT rate included in the amount: 0 (most fees of a public authority), 0.06, 0.12 or 0.25
 * @param description what the fee is for and when it is charged, in both languages
 */
public record Fee(BigDecimal amount, BigDecimal vatRate, LocalizedText description) {

	/** The Swedish VAT rates: none, 6 %, 12 % and 25 %. */
	public static final Set<BigDecimal> VAT_RATES = Set.of(new BigDecimal("0.00"), new BigDecimal("0.06"),
			new BigDecimal("0.12"), new BigDecimal("0.25"));

	public Fee {
		Objects.requireNonNull(amount, "a fee's amount is required");
		Objects.requireNonNull(vatRate, "a fee's VAT rate is required");
		Objects.requireNonNull(description, "a fee's description is required");
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("a fee must be above 0 SEK, was " + amount.toPlainString());
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("a fee has at most two decimals (öre), was " + amount.toPlainString());
		}
		if (!isVatRate(vatRate)) {
			throw new IllegalArgumentException("the VAT rate must be 0, 0.06, 0.12 or 0.25, was " + vatRate.toPlainString());
		}
		amount = amount.setScale(2);
		vatRate = vatRate.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** Whether the rate is one of the Swedish VAT rates. */
	public static boolean isVatRate(BigDecimal rate) {
		return rate.stripTrailingZeros().scale() <= 2 && VAT_RATES.contains(rate.setScale(2, RoundingMode.UNNECESSARY));
	}

	/** The VAT included in the amount, in SEK rounded to öre: amount × rate / (1 + rate). */
	public BigDecimal vat() {
		return amount.multiply(vatRate).divide(BigDecimal.ONE.add(vatRate), 2, RoundingMode.HALF_UP);
	}

	/** The amount without its VAT. */
	public BigDecimal amountExcludingVat() {
		return amount.subtract(vat());
	}
}
