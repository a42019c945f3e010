package org.cityhall.cases;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.shared.Party;

/**
 * A draft will expire soon unless its owner continues it: the owner is reminded.
 *
 * @param owner whose draft it is: a resident or visitor (drafts of staff and of applicants without login are not reminded)
 */
public record DraftExpiring(UUID eventId, UUID draftId, String eserviceId, Party owner, Instant expiresAt) {
}
