package org.cityhall.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** What operations systems post to a case. */
final class CaseRequests {

	private CaseRequests() {
	}

	@Schema(description = "A status the operations system reports; it moves the case as an officer's action would")
	record StatusChange(
			@Schema(description = "The status to move to", requiredMode = Schema.RequiredMode.REQUIRED,
					allowableValues = {"received", "in-progress", "awaiting-supplement", "closed"}) String status,
			@Schema(description = "What the applicant reads with it: required for awaiting-supplement (what they "
					+ "should supplement), kept with in-progress when it ends a wait for a supplement, not kept with "
					+ "the other moves", maxLength = 10_000) String text) {
	}

	@Schema(description = "A message to the applicant, in the case's thread")
	record NewMessage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 10_000) String body) {
	}

	@Schema(description = "The city's decision on the case")
	record NewDecision(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					allowableValues = {"granted", "partly-granted", "refused"}) String outcome,
			@Schema(description = "The reasons the applicant reads", requiredMode = Schema.RequiredMode.REQUIRED,
					maxLength = 20_000) String reasons) {
	}
}
