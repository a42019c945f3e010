package org.cityhall.audit;

import java.time.Instant;

/**
 * What to look for in the audit log. Every filter is optional (null matches everything); the
 * answer is always newest first, one page at a time.
 *
 * @param subjectId whose data was read, exactly
 * @param actorId who read, exactly
 * @param whatPrefix what was read, as the start of its code: {@code case:} finds every case
 * @param purpose why it was read, exactly
 * @param from reads at or after this instant
 * @param to reads before this instant
 * @param limit how many at most; capped at {@value #MAX_LIMIT}
 * @param offset how many of the newest to skip
 */
public record AuditQuery(String subjectId, String actorId, String whatPrefix, String purpose, Instant from, Instant to,
		int limit, int offset) {

	/** The most records one query returns. */
	public static final int MAX_LIMIT = 200;

	/** The page size of {@link #all()}. */
	public static final int DEFAULT_LIMIT = 50;

	public AuditQuery {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1, was " + limit);
		}
		if (offset < 0) {
			throw new IllegalArgumentException("offset must not be negative, was " + offset);
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
		limit = Math.min(limit, MAX_LIMIT);
		subjectId = blankToNull(subjectId);
		actorId = blankToNull(actorId);
		whatPrefix = blankToNull(whatPrefix);
		purpose = blankToNull(purpose);
	}

	/** The newest {@value #DEFAULT_LIMIT} reads of anyone's data. */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, DEFAULT_LIMIT, 0);
	}

	public AuditQuery withSubject(String subjectId) {
		return new AuditQuery(subjectId, actorId, whatPrefix, purpose, from, to, limit, offset);
	}

	public AuditQuery withActor(String actorId) {
		return new AuditQuery(subjectId, actorId, whatPrefix, purpose, from, to, limit, offset);
	}

	public AuditQuery withWhatPrefix(String whatPrefix) {
		return new AuditQuery(subjectId, actorId, whatPrefix, purpose, from, to, limit, offset);
	}

	public AuditQuery withPurpose(String purpose) {
		return new AuditQuery(subjectId, actorId, whatPrefix, purpose, from, to, limit, offset);
	}

	/** Reads at or after {@code from} and before {@code to}; either may be null. */
	public AuditQuery between(Instant from, Instant to) {
		return new AuditQuery(subjectId, actorId, whatPrefix, purpose, from, to, limit, offset);
	}

	/** At most {@code limit} reads (capped at {@value #MAX_LIMIT}) after skipping {@code offset}. */
	public AuditQuery page(int limit, int offset) {
		return new AuditQuery(subjectId, actorId, whatPrefix, purpose, from, to, limit, offset);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
