package org.cityhall.documents;

import java.util.Optional;

/**
 * The city's one content-addressed document store: uploads, receipts, decisions and what the
 * e-archive files are kept here once each, under the SHA-256 of their bytes ({@link DocumentId}).
 * Modules keep only the id; the bytes and their media type live here.
 * <p>
 * The default implementation keeps documents in PostgreSQL, so nodes stay stateless. The contract
 * needs no more than put-if-absent, get by key and a little metadata, so an object store (S3, Azure
 * Blob, a city's own) can implement it with the id as the object's key.
 * <p>
 * What every implementation promises:
 * <ul>
 * <li>Storing is idempotent: the same bytes are kept once, and storing them again returns the entry
 * that is already there, with the media type and time of its first storing.</li>
 * <li>A document never changes once stored.</li>
 * <li>Reading verifies the hash: {@link #content(DocumentId)} never returns bytes whose SHA-256 is not
 * their id; it throws {@link DocumentCorruptedException} instead.</li>
 * <li>A call made inside a transaction joins it where the store can, so a document stored for a
 * case that rolls back is not kept (an object store may keep it; an unreferenced document is
 * harmless and removed when its retention ends).</li>
 * </ul>
 * Content is handed over whole, as bytes: what is stored is capped in size by {@link Uploads} (tens
 * of megabytes), and the hash must be checked over every byte before any is given out.
 */
public interface DocumentStore {

	/**
	 * Keeps these bytes, once.
	 * @param content the bytes
	 * @param mediaType what they are ({@code application/pdf}), as sniffed by {@link Uploads} or known
	 * by the module that made them; kept with the first storing only
	 * @return the entry for the bytes: a new one, or the one already there when the same bytes were
	 * stored before
	 */
	StoredDocument store(byte[] content, String mediaType);

	/** The entry for a document, without its bytes; empty when the store does not have it. */
	Optional<StoredDocument> find(DocumentId id);

	/**
	 * The bytes of a document, whole, after checking that their SHA-256 is the id.
	 * @return empty when the store does not have the document
	 * @throws DocumentCorruptedException when the kept bytes no longer match their id
	 */
	Optional<byte[]> content(DocumentId id);
}
