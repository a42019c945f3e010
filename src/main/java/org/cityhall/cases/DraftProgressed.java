package org.cityhall.cases;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.catalogue.EService;

/** An applicant got past a step of a form: how far people get, for the adoption figures. No personal data. */
public record DraftProgressed(UUID draftId, String eserviceId, String stepId, int stepIndex, EService.Channel channel,
		Instant at) {
}
