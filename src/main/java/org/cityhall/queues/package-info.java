/**
 * Waiting lists with positions and offers: pre-school places, art-school courses and the housing
 * queue. A queue has alternatives (a pre-school, a course, a listing), entries with ranked choices and
 * a ranking rule of its own; free places are offered to the best-ranked eligible entry, accepted or
 * declined with a digital ID, and passed on when declined or expired. Applications arrive through
 * {@code cases}' {@link org.cityhall.cases.SubmissionHandler} for e-services of kind {@code queue};
 * every change is a {@link org.cityhall.queues.QueueEntryChanged}, filed in the archive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Queues",
		allowedDependencies = {"shared", "web", "audit", "notifications", "forms", "catalogue", "identity", "archive", "billing",
				"cases"})
package org.cityhall.queues;
