package org.cityhall.cases;

import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;

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
	 * The department whose officers handle the case. The e-service's own department, unless the kind sends
	 * each case where it belongs: a report of a broken street light goes to the traffic department by the
	 * routing rules, though the e-service for reports belongs to the City Executive Office.
	 */
	default String department(EService eservice, Answers answers) {
		return eservice.department().id();
	}

	/**
	 * Takes the submission. Throw {@link SubmissionRefused} to refuse it with a message for the applicant:
	 * the case is then not made, its number is not used, and the applicant's answers are kept.
	 */
	Handling accept(Submission submission);
}
