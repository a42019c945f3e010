package org.cityhall.forms;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Every {@link AdvisoryCheck} of the application, asked together for a step's answers. */
@Component
public class Advisories {

	private final List<AdvisoryCheck> checks;

	public Advisories(List<AdvisoryCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	/** The advice of every check that applies to the step, in the order the checks are registered. */
	public List<Advice> check(String eserviceId, String stepId, Answers answers) {
		List<Advice> advice = new ArrayList<>();
		for (AdvisoryCheck check : checks) {
			if (check.appliesTo(eserviceId, stepId)) {
				advice.addAll(check.check(answers));
			}
		}
		return List.copyOf(advice);
	}
}
