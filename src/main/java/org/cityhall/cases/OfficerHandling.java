package org.cityhall.cases;

import org.cityhall.catalogue.EService;
import org.springframework.stereotype.Component;

/** Applications go to the department's officers: the case waits in their inbox. */
@Component
class OfficerHandling implements SubmissionHandler {

	@Override
	public EService.Kind kind() {
		return EService.Kind.APPLICATION;
	}

	@Override
	public Handling accept(Submission submission) {
		return Handling.officers();
	}
}
