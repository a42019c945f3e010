package org.cityhall.documents;

import java.time.Instant;
import java.util.Objects;

/**
 * What the {@link DocumentStore} knows of a document it keeps, without its bytes.
 *
 * @param id the SHA-256 of the bytes
 * @param mediaType the media type given when the bytes were first stored ({@code application/pdf})
 * @param size the number of bytes
 * @param storedAt when the bytes were first stored
 */
public record StoredDocument(DocumentId id, String mediaType, long size, Instant storedAt) {

	public StoredDocument {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(storedAt, "storedAt");
		if (size < 0) {
			throw new IllegalArgumentException("a document's size is not negative, was " + size);
		}
	}
}
