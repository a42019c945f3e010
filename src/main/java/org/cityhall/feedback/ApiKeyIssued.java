package org.cityhall.feedback;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.archive.Audience;
import org.cityhall.shared.LocalizedText;

/**
 * An administrator issued an Open311 API key to a client: filed for staff, so who let which client in, at
 * which rate, stays on record. The key itself is never in it.
 */
public record ApiKeyIssued(UUID eventId, UUID clientId, String clientName, String contact, int requestsPerMinute, String staffId,
		Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("open311-key-issued:" + eventId, "feedback.api-key-issued", at)
				.matter("open311-client:" + clientId)
				.title(new LocalizedText("Open311-nyckel utfärdad till " + clientName + " (" + contact + "), " + requestsPerMinute
						+ " anrop per minut, av " + staffId,
						"Open311 key issued to " + clientName + " (" + contact + "), " + requestsPerMinute + " requests a minute, by " + staffId))
				.audience(Audience.STAFF_ONLY)
				.build();
	}
}
