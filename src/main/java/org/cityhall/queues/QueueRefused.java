package org.cityhall.queues;

import org.cityhall.cases.SubmissionRefused;

/**
 * A change to a queue that the rules do not allow, with a message for the person: a key from
 * {@code i18n/queues_*.properties} and its arguments. Nothing was changed. It is a
 * {@link SubmissionRefused}, so an application the queue refuses goes back to the applicant with the
 * message and the answers kept.
 */
public class QueueRefused extends SubmissionRefused {

	public QueueRefused(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
