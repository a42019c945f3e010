package org.cityhall.documents;

/**
 * The bytes a {@link DocumentStore} holds under an id are no longer the bytes whose SHA-256 the id
 * is: the storage was damaged or tampered with. The document is not given out.
 */
public class DocumentCorruptedException extends RuntimeException {

	private final transient DocumentId id;

	public DocumentCorruptedException(DocumentId id) {
		super("document " + id.sha256() + " is damaged: its content no longer matches its SHA-256");
		this.id = id;
	}

	/** The document whose content is damaged. */
	public DocumentId id() {
		return id;
	}
}
