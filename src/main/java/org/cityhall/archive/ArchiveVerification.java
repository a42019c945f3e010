package org.cityhall.archive;

/**
 * Checks the archive against itself: recomputes every record's digest and the chain of hashes, reads
 * every document back from the document store and checks its SHA-256, and checks every checkpoint's
 * signature and that the chain still passes through the hash it signed. Offered to archivists as an
 * API and as the command {@code java -jar cityhall.jar archive verify} (docs/archive.md).
 */
public interface ArchiveVerification {

	/** The whole archive, documents included. Takes about a minute per million records. */
	VerificationReport verify();

	/**
	 * The whole chain and the checkpoints; the documents only when asked (they are most of the bytes).
	 */
	VerificationReport verify(boolean documents);
}
