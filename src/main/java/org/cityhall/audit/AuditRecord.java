package org.cityhall.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One read of someone's personal data, as the log keeps it for good.
 *
 * @param id a time-ordered id (UUID version 7)
 * @param at when the data was read
 * @param actorId who read: a staff id such as {@code staff:officer-environment}, or the 12-digit
 * identity number of a relative or agent
 * @param actorName the reader's name to show
 * @param actorRole the role the reader acted in, such as {@code officer}, {@code contact-centre-agent}
 * or {@code relative}
 * @param subjectId whose data: a 12-digit personal identity number or an organisation number
 * @param what what was read, as a short code: {@code profile}, {@code case:HP-2026-000123},
 * {@code care-diary}, {@code documents}
 * @param purpose why it was read: {@code case-handling}, {@code contact-centre-call},
 * {@code consent:care-diary}
 * @param channel where it was read: {@code web}, {@code phone}, {@code api}
 */
public record AuditRecord(UUID id, Instant at, String actorId, String actorName, String actorRole, String subjectId,
		String what, String purpose, String channel) {
}
