package org.cityhall.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The address of a document in the {@link DocumentStore}: the SHA-256 of its bytes, as 64
 * lower-case hexadecimal digits. The same bytes always have the same id, so the id is also the
 * document's checksum, printed on receipts and decisions.
 *
 * @param sha256 64 lower-case hexadecimal digits
 */
public record DocumentId(String sha256) {

	private static final HexFormat HEX = HexFormat.of();

	/**
	 * @throws IllegalArgumentException unless {@code sha256} is 64 lower-case hexadecimal digits
	 */
	public DocumentId {
		Objects.requireNonNull(sha256, "a document id is a SHA-256");
		if (sha256.length() != 64 || !sha256.chars().allMatch(DocumentId::isLowerCaseHexDigit)) {
			throw new IllegalArgumentException("a document id is 64 lower-case hexadecimal digits (a SHA-256), not '"
					+ abbreviated(sha256) + "'");
		}
	}

	/** The id of these bytes: their SHA-256. */
	public static DocumentId of(byte[] content) {
		Objects.requireNonNull(content, "content");
		return new DocumentId(HEX.formatHex(digest().digest(content)));
	}

	/** Whether these bytes are this document's: their SHA-256 is this id. */
	public boolean matches(byte[] content) {
		return MessageDigest.isEqual(HEX.parseHex(sha256), digest().digest(content));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static boolean isLowerCaseHexDigit(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
	}

	private static String abbreviated(String text) {
		return text.length() <= 80 ? text : text.substring(0, 80) + "…";
	}
}
