package org.cityhall.identity.login;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** Why a login was refused, each with its own page text. */
enum LoginProblem {

	/** The eID answered without a personal identity or coordination number. */
	MISSING_NUMBER,
	/** The number the eID sent is not a valid one. */
	MALFORMED_NUMBER,
	/** A staff login for someone the city has not registered as staff. */
	UNKNOWN_STAFF,
	/** The identity provider refused or failed. */
	PROVIDER;

	String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	static LoginProblem fromCode(String code) {
		for (LoginProblem problem : values()) {
			if (problem.code().equals(code)) {
				return problem;
			}
		}
		return PROVIDER;
	}

	OAuth2AuthenticationException exception(String detail) {
		return new OAuth2AuthenticationException(new OAuth2Error(code(), detail, null));
	}
}
