package org.cityhall.archive.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * How a record is hashed into the chain (docs/archive.md shows the body of a record). A record's
 * <em>body</em> is one canonical JSON object of all it holds, keys sorted, no whitespace: audience,
 * closesMatter, content (the stored canonical JSON of the event, as is), department, documents (their
 * SHA-256 ids, in order), filedAt, id, key, matter, occurredAt, recordType, retention, sequence,
 * sourceModule, subject (id, kind and name) and title (en and sv); absent values are null, times
 * ISO-8601 in UTC to the microsecond. Its <em>digest</em> is the SHA-256 of the body's UTF-8 bytes,
 * and its <em>hash</em> the SHA-256 of the previous record's hash, a colon and the digest (hex, ASCII).
 * The first record's previous hash is 64 zeros.
 * <p>
 * Two steps rather than one, so that a tombstone, which keeps only the digest, still links its
 * neighbours: its hash is checked against its previous hash and its digest, though the body is gone.
 * The documents' own SHA-256 ids are in the body, so a document whose bytes change no longer matches
 * its record. Not thread-safe: one instance per thread.
 */
public final class ChainHashing {

	/** The previous hash of record 1. */
	public static final String GENESIS = "0".repeat(64);

	private static final HexFormat HEX = HexFormat.of();

	private final MessageDigest sha256;
	private final StringBuilder body = new StringBuilder(1024);

	public ChainHashing() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** The record's body in canonical form. */
	public String body(RecordRow row) {
		body.setLength(0);
		body.append("{\"audience\":");
		CanonicalJson.string(row.audience(), body);
		body.append(",\"closesMatter\":").append(row.closesMatter());
		body.append(",\"content\":").append(row.content() == null ? "null" : row.content());
		body.append(",\"department\":");
		nullable(row.department());
		body.append(",\"documents\":[");
		for (int i = 0; i < row.documents().size(); i++) {
			if (i > 0) {
				body.append(',');
			}
			CanonicalJson.string(row.documents().get(i), body);
		}
		body.append("],\"filedAt\":");
		instant(row.filedAt());
		body.append(",\"id\":");
		CanonicalJson.string(row.id().toString(), body);
		body.append(",\"key\":");
		CanonicalJson.string(row.key(), body);
		body.append(",\"matter\":");
		nullable(row.matter());
		body.append(",\"occurredAt\":");
		instant(row.occurredAt());
		body.append(",\"recordType\":");
		CanonicalJson.string(row.recordType(), body);
		body.append(",\"retention\":");
		CanonicalJson.string(row.retention(), body);
		body.append(",\"sequence\":").append(row.sequence());
		body.append(",\"sourceModule\":");
		CanonicalJson.string(row.sourceModule(), body);
		body.append(",\"subject\":");
		if (row.subjectKind() == null) {
			body.append("null");
		}
		else {
			body.append("{\"id\":");
			CanonicalJson.string(row.subjectId(), body);
			body.append(",\"kind\":");
			CanonicalJson.string(row.subjectKind(), body);
			body.append(",\"name\":");
			nullable(row.subjectName());
			body.append('}');
		}
		body.append(",\"title\":");
		if (row.titleSv() == null) {
			body.append("null");
		}
		else {
			body.append("{\"en\":");
			CanonicalJson.string(row.titleEn(), body);
			body.append(",\"sv\":");
			CanonicalJson.string(row.titleSv(), body);
			body.append('}');
		}
		body.append('}');
		return body.toString();
	}

	/** The SHA-256 of the record's body, hex. */
	public String digest(RecordRow row) {
		return HEX.formatHex(sha256.digest(body(row).getBytes(StandardCharsets.UTF_8)));
	}

	/** The chain hash of a record with this digest after a record with this hash. */
	public String link(String prevHash, String digest) {
		sha256.update(prevHash.getBytes(StandardCharsets.US_ASCII));
		sha256.update((byte) ':');
		return HEX.formatHex(sha256.digest(digest.getBytes(StandardCharsets.US_ASCII)));
	}

	private void nullable(String text) {
		if (text == null) {
			body.append("null");
		}
		else {
			CanonicalJson.string(text, body);
		}
	}

	private void instant(Instant instant) {
		CanonicalJson.string(DateTimeFormatter.ISO_INSTANT.format(instant), body);
	}
}
