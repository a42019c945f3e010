package org.cityhall.cases;

import java.util.Locale;

/**
 * Where a case is in its life: submitted → received → in progress ⇄ awaiting supplement → decided →
 * closed; withdrawn by the applicant before a decision.
 */
public enum CaseStatus {
	SUBMITTED, RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT, DECIDED, CLOSED, WITHDRAWN;

	/** Whether the case is still to be decided. */
	public boolean isOpen() {
		return this != DECIDED && this != CLOSED && this != WITHDRAWN;
	}

	/** The status in lower case with hyphens, as URLs, the API and message keys write it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The status a code names. */
	public static java.util.Optional<CaseStatus> fromCode(String code) {
		for (CaseStatus status : values()) {
			if (status.code().equals(code)) {
				return java.util.Optional.of(status);
			}
		}
		return java.util.Optional.empty();
	}
}
