package org.cityhall.notifications.contact;

/** What was typed is not an address or number a code can be sent to. The message never holds what was typed. */
final class InvalidContact extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String problem;

	/** @param problem the last part of the message key, e.g. {@code malformed} */
	InvalidContact(String problem) {
		super("not an address a code can be sent to: " + problem);
		this.problem = problem;
	}

	String problem() {
		return problem;
	}
}
