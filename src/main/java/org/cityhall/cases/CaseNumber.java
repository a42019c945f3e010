package org.cityhall.cases;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number a case is known by: {@code <PREFIX>-<YEAR>-<NNNNNN>}, such as {@code HPL-2026-000123}.
 * Numbers run per e-service prefix and year; one taken by a submission that then failed is not
 * reused, so there may be gaps, but never two cases with one number.
 */
public record CaseNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,4}-\\d{4}-\\d{6,}");

	public CaseNumber {
		Objects.requireNonNull(value, "a case number is required");
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("not a case number: " + value);
		}
	}

	public static CaseNumber of(String prefix, int year, long sequence) {
		return new CaseNumber(String.format(Locale.ROOT, "%s-%04d-%06d", prefix, year, sequence));
	}

	/** The case number typed by someone, with case and spaces forgiven, if it is one. */
	public static Optional<CaseNumber> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String cleaned = typed.strip().toUpperCase(Locale.ROOT);
		return cleaned.length() <= 24 && FORMAT.matcher(cleaned).matches() ? Optional.of(new CaseNumber(cleaned))
				: Optional.empty();
	}

	@Override
	public String toString() {
		return value;
	}
}
