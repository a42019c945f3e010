package org.cityhall.forms;

import java.util.List;

/**
 * A check another module offers on a step's answers before submit, which warns but never blocks:
 * a borehole too close to a registered one, a property outside the zone. Implement it as a Spring
 * bean; {@link Advisories} finds every one.
 */
public interface AdvisoryCheck {

	/** Whether the check looks at the given step of the given e-service. */
	boolean appliesTo(String eserviceId, String stepId);

	/** The advice for the answers given so far; empty when there is nothing to say. */
	List<Advice> check(Answers answers);
}
