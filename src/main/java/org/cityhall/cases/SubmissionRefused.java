package org.cityhall.cases;

import java.util.List;

/**
 * A submission a {@link SubmissionHandler} will not take, with a message for the applicant: a message
 * key from the handler module's bundles and its arguments.
 */
public class SubmissionRefused extends RuntimeException {

	private final String messageKey;
	private final List<Object> arguments;

	public SubmissionRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> arguments() {
		return arguments;
	}
}
