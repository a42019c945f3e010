package org.cityhall.cases;

import org.cityhall.catalogue.EService;

/**
 * What a kind of e-service does with a submission. {@code cases} owns the one way to apply — drafts,
 * validation, idempotency, case numbers, receipts, channels — and calls the handler registered for the
 * e-service's kind once the case exists, inside the submission's transaction: a queue makes its entry,
 * a booking its reservation, a permit its application. {@code cases} never knows those modules; they
 * register a Spring bean implementing this interface. Applications that officers handle need none:
 * {@code cases} handles its own kind.
 */
public interface SubmissionHandler {

	/** The kind of e-service this handler takes: one handler per kind. */
	EService.Kind kind();

	/**
	 * Takes the submission. Throw {@link SubmissionRefused} to refuse it with a message for the applicant:
	 * the case is then not made, its number is not used, and the applicant's answers are kept.
	 */
	Handling accept(Submission submission);
}
