package org.cityhall.archive;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How long a record is kept: for ever ({@code keep}, bevaras) or disposed of a number of years
 * after its matter closed ({@code dispose-10y}, gallras tio år efter att ärendet avslutats). An
 * e-service definition names its class with {@code retention:}; a record is never disposed of
 * without an archivist's approval. In JSON (events, records' content) a class is its code.
 */
public record RetentionClass(String code, Optional<Period> afterClosing) {

	private static final Pattern DISPOSE = Pattern.compile("dispose-([1-9][0-9]?)y");

	/** Kept for ever. */
	public static final RetentionClass KEEP = new RetentionClass("keep", Optional.empty());

	public RetentionClass {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(afterClosing, "afterClosing");
	}

	/** The code, as definitions write it: {@code keep}, {@code dispose-10y}. */
	@Override
	@JsonValue
	public String code() {
		return code;
	}

	/**
	 * The class a code names: {@code keep}, or {@code dispose-Ny} for N (1–99) years after the
	 * matter closed.
	 * @throws IllegalArgumentException naming the code and the codes allowed, when it is neither
	 */
	@JsonCreator
	public static RetentionClass of(String code) {
		if (KEEP.code().equals(code)) {
			return KEEP;
		}
		Matcher matcher = DISPOSE.matcher(code == null ? "" : code);
		if (matcher.matches()) {
			return new RetentionClass(code, Optional.of(Period.ofYears(Integer.parseInt(matcher.group(1)))));
		}
		throw new IllegalArgumentException("retention class '" + code
				+ "' is not known: use 'keep' or 'dispose-<years>y' (for example 'dispose-10y')");
	}

	/** Disposed of N years after the matter closed. */
	public static RetentionClass disposeAfterYears(int years) {
		return of("dispose-" + years + "y");
	}

	/** Whether records of this class are kept for ever. */
	public boolean keptForever() {
		return afterClosing.isEmpty();
	}
}
