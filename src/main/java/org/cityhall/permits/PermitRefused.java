package org.cityhall.permits;

import java.util.List;

/**
 * A change to a permit that its rules do not allow, with a message for the person: a message key of
 * {@code permits_*.properties} and its arguments.
 */
public class PermitRefused extends RuntimeException {

	private final String messageKey;
	private final List<Object> arguments;

	public PermitRefused(String messageKey, Object... arguments) {
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
