package org.cityhall.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * How sure the city can be of who someone is, as the login said (the {@code acr} claim of the
 * Swedish eID framework, tillitsnivå). An e-service declares the level it needs; a lower login is
 * asked to step up.
 */
public enum LevelOfAssurance {

	/** A one-time code sent to an e-mail address: for visitors without a Swedish number. */
	EMAIL_CODE("urn:cityhall:loa:email-code"),
	/** Level 2 of the Swedish eID framework. */
	LOA2("http://id.elegnamnden.se/loa/1.0/loa2"),
	/** Level 3, substantial: BankID, Freja+ and similar. */
	LOA3("http://id.elegnamnden.se/loa/1.0/loa3"),
	/** Level 4, high. */
	LOA4("http://id.elegnamnden.se/loa/1.0/loa4");

	private final String uri;

	LevelOfAssurance(String uri) {
		this.uri = uri;
	}

	/** The {@code acr} value that names this level. */
	public String uri() {
		return uri;
	}

	public static Optional<LevelOfAssurance> fromAcr(String acr) {
		return Arrays.stream(values()).filter(level -> level.uri.equals(acr)).findFirst();
	}

	public boolean isAtLeast(LevelOfAssurance required) {
		return compareTo(required) >= 0;
	}
}
