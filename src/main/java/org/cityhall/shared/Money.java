package org.cityhall.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency, to the öre (or cent): the amount always has exactly two
 * decimals, so {@code Money.sek("1500")} and {@code Money.sek("1500.00")} are equal. An amount
 * given with more decimals than that is refused, never rounded in silence; only
 * {@link #times(BigDecimal)} rounds, and says how.
 *
 * @param amount the amount, with two decimals; may be negative (a refund, a credit)
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Serializable {

	/** The Swedish krona. */
	public static final Currency SEK = Currency.getInstance("SEK");

	private static final int DECIMALS = 2;

	private static final char NO_BREAK_SPACE = '\u00a0';

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		try {
			amount = amount.setScale(DECIMALS, RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException moreDecimals) {
			throw new IllegalArgumentException("an amount of money has at most two decimals, not " + amount.toPlainString());
		}
	}

	/**
	 * Swedish kronor from an amount written with a decimal point and at most two decimals:
	 * {@code "1500"}, {@code "1500.5"}, {@code "-99.95"}.
	 * @throws IllegalArgumentException if the text is not such an amount
	 */
	public static Money sek(String amount) {
		Objects.requireNonNull(amount, "amount");
		String plain = amount.strip();
		if (!plain.matches("[+-]?\\d{1,15}(\\.\\d{1,2})?")) {
			throw new IllegalArgumentException("an amount of kronor is written as digits with a decimal point and at most "
					+ "two decimals, such as 1500 or 1500.50, not '" + amount + "'");
		}
		return new Money(new BigDecimal(plain), SEK);
	}

	/** Swedish kronor, with at most two decimals. */
	public static Money sek(BigDecimal amount) {
		return new Money(amount, SEK);
	}

	/** An amount given in the currency's hundredths (öre for kronor), as card providers count. */
	public static Money ofMinorUnits(long minorUnits, Currency currency) {
		return new Money(BigDecimal.valueOf(minorUnits, DECIMALS), currency);
	}

	/** The amount in hundredths of the currency (öre for kronor). */
	public long minorUnits() {
		return amount.movePointRight(DECIMALS).longValueExact();
	}

	/**
	 * The sum of both amounts.
	 * @throws IllegalArgumentException if the currencies differ
	 */
	public Money plus(Money other) {
		Objects.requireNonNull(other, "other");
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot add " + other + " to " + this + ": the currencies differ");
		}
		return new Money(amount.add(other.amount), currency);
	}

	/** The amount a whole number of times. */
	public Money times(long quantity) {
		return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
	}

	/**
	 * The amount multiplied by a factor (a VAT rate, a share), rounded to the nearest öre with
	 * halves rounded away from zero, as Swedish invoices round.
	 */
	public Money times(BigDecimal factor) {
		Objects.requireNonNull(factor, "factor");
		return new Money(amount.multiply(factor).setScale(DECIMALS, RoundingMode.HALF_UP), currency);
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	/**
	 * The amount as a page in the locale's language shows it: {@code 1 500,00 kr} in Swedish and
	 * {@code SEK 1,500.00} in English (any language but English gets the Swedish form). Other
	 * currencies show their code: {@code 12,50 EUR}, {@code EUR 12.50}. The spaces are no-break
	 * spaces (U+00A0), so an amount never breaks across lines.
	 */
	public String format(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator(english ? ',' : NO_BREAK_SPACE);
		symbols.setDecimalSeparator(english ? '.' : ',');
		DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
		String sign = amount.signum() < 0 ? "-" : "";
		String digits = format.format(amount.abs());
		if (english) {
			return sign + currency.getCurrencyCode() + NO_BREAK_SPACE + digits;
		}
		return sign + digits + NO_BREAK_SPACE + (currency.equals(SEK) ? "kr" : currency.getCurrencyCode());
	}

	/** For logs: {@code 1500.00 SEK}. */
	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency.getCurrencyCode();
	}
}
