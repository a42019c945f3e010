package org.cityhall.insights;

import org.cityhall.cases.CaseStatus;
import org.cityhall.cases.CaseStatusChanged;
import org.cityhall.cases.CaseSubmitted;
import org.cityhall.cases.DraftAbandoned;
import org.cityhall.cases.DraftProgressed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Counts cases, decisions and drafts as {@code cases} tells of them. */
@Component
class AdoptionListeners {

	private final AdoptionFacts facts;

	AdoptionListeners(AdoptionFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(CaseSubmitted submitted) {
		facts.submitted(submitted.caseId().value(), submitted.eserviceId(), submitted.department(), submitted.channel(),
				submitted.at());
	}

	@ApplicationModuleListener
	void on(CaseStatusChanged changed) {
		if (changed.to() == CaseStatus.DECIDED) {
			facts.decided(changed.caseId().value(), changed.at());
		}
	}

	@ApplicationModuleListener
	void on(DraftProgressed progressed) {
		facts.progressed(progressed.draftId(), progressed.eserviceId(), progressed.stepId(), progressed.stepIndex());
	}

	@ApplicationModuleListener
	void on(DraftAbandoned abandoned) {
		facts.abandoned(abandoned.draftId(), abandoned.eserviceId(), abandoned.stepReached(), abandoned.at());
	}
}
