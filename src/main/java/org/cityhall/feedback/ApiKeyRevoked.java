package org.cityhall.feedback;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.archive.Audience;
import org.cityhall.shared.LocalizedText;

/** An administrator revoked an Open311 client's API key: filed for staff beside its issuing. */
public record ApiKeyRevoked(UUID eventId, UUID clientId, String clientName, String staffId, Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("open311-key-revoked:" + eventId, "feedback.api-key-revoked", at)
				.matter("open311-client:" + clientId)
				.title(new LocalizedText("Open311-nyckeln för " + clientName + " återkallad av " + staffId,
						"Open311 key of " + clientName + " revoked by " + staffId))
				.audience(Audience.STAFF_ONLY)
				.build();
	}
}
