package org.cityhall.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of staff found that one report is the same as another: the duplicate is closed with a note that
 * points to the one that stays, and its reporter is counted among that one's supporters.
 */
public record ReportMerged(UUID eventId, String duplicate, String into, String staffId, Instant at) {
}
