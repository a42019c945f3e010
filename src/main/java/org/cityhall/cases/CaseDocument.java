package org.cityhall.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A document of a case, by the SHA-256 of its content in the document store.
 *
 * @param role what it is to the case
 */
public record CaseDocument(String sha256, Role role, String filename, String mediaType, long size, Instant addedAt) {

	public CaseDocument {
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(filename, "filename");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(addedAt, "addedAt");
	}

	/** What a document is to its case. */
	public enum Role {
		/** Uploaded with the application. */
		ATTACHMENT,
		/** The PDF/A receipt of the submission. */
		RECEIPT,
		/** Uploaded with a supplement or a message. */
		SUPPLEMENT,
		/** The PDF/A decision. */
		DECISION
	}
}
