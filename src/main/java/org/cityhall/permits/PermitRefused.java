package org.cityhall.permits;

import org.cityhall.cases.SubmissionRefused;

/**
 * A change to a permit that its rules do not allow, with a message for the person: a message key of
 * {@code permits_*.properties} and its arguments. Nothing was changed. It is a {@link SubmissionRefused},
 * as a queue's refusal is, so an application the permit rules refuse goes back to the applicant with the
 * message and the answers kept.
 */
public class PermitRefused extends SubmissionRefused {

	public PermitRefused(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
