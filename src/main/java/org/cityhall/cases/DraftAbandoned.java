package org.cityhall.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.catalogue.EService;

/** A draft expired unsubmitted: where the applicant stopped, for the adoption figures. No personal data. */
public record DraftAbandoned(UUID draftId, String eserviceId, Optional<String> stepReached, EService.Channel channel,
		Instant at) {
}
