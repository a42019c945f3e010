package org.cityhall.registers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One measurement of radon in a building's indoor air: the annual mean in becquerel per cubic metre,
 * when and how it was measured.
 */
public record RadonReading(UUID id, int becquerel, LocalDate measuredOn, Method method) {

	/** The Swedish reference level for indoor air, 200 Bq/m³ (Strålsäkerhetsmyndigheten, SSMFS 2018:1). */
	public static final int REFERENCE_LEVEL = 200;

	/** Whether the level is above the reference level, so the owner should act to lower it. */
	public boolean actionNeeded() {
		return becquerel > REFERENCE_LEVEL;
	}

	/** How the reading was taken. */
	public enum Method {
		/** Alpha-track detectors over at least two months of the heating season (the method for an annual mean). */
		LONG_TERM("long-term"),
		/** A short measurement, an indication only. */
		SHORT_TERM("short-term"),
		/** A radon gas meter read on site. */
		RADON_GAS_METER("radon-gas-meter");

		private final String code;

		Method(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		public static Method of(String code) {
			for (Method method : values()) {
				if (method.code.equals(code)) {
					return method;
				}
			}
			throw new IllegalArgumentException("a radon measurement method is long-term, short-term or radon-gas-meter; was '" + code + "'");
		}
	}
}
