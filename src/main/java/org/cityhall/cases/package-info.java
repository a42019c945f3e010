/**
 * A matter between the city and someone: the one way to apply for every kind of e-service — drafts,
 * submission with a receipt, idempotency, case numbers, channels — and the case's life after it:
 * timeline, messages, documents, supplements, decisions and the officers' handling. Other kinds of
 * e-service (queues, bookings, permits, reports) take part through {@link org.cityhall.cases.SubmissionHandler};
 * {@code cases} never knows those modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
		allowedDependencies = {"shared", "web", "audit", "documents", "notifications", "forms", "catalogue", "identity", "billing", "archive"})
package org.cityhall.cases;
