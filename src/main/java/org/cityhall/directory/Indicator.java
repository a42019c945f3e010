package org.cityhall.directory;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A quality indicator of a provider for a year, with where it comes from.
 *
 * @param source who measured it: the city's survey, the Schools Inspectorate, the Health and Social Care Inspectorate
 */
public record Indicator(Type type, int year, BigDecimal value, String source) {

	public Indicator {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(source, "source");
	}

	/** The indicators the city publishes. */
	public enum Type {
		/** Children or residents per member of staff: lower is more staff. */
		STAFF_RATIO,
		/** The share satisfied in the city's user survey, in per cent. */
		SATISFACTION,
		/** Remarks in the latest inspection: none is best. */
		INSPECTION_REMARKS;

		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Optional<Type> fromCode(String code) {
			for (Type type : values()) {
				if (type.code().equals(code)) {
					return Optional.of(type);
				}
			}
			return Optional.empty();
		}
	}
}
