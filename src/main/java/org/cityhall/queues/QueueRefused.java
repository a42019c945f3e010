package org.cityhall.queues;

import java.util.List;

/**
 * A change to a queue that the rules do not allow, with a message for the person: a key from
 * {@code i18n/queues_*.properties} and its arguments. Nothing was changed.
 */
public class QueueRefused extends RuntimeException {

	private final String messageKey;
	private final List<Object> arguments;

	public QueueRefused(String messageKey, Object... arguments) {
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
