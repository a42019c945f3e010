package org.cityhall.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.cityhall.documents.UploadCheck.Refusal;

/**
 * Reads a ZIP-based upload (ZIP, Word, Excel, OpenDocument) entry by entry as a stream, counting
 * what it unpacks to without keeping it, and stops at the first cap passed: a zip bomb is refused
 * after a few megabytes of reading, never unpacked into memory or onto disk. On the way it checks
 * that an Office or OpenDocument file has the part every such file has.
 */
final class ArchiveInspection {

	static final long MAX_UNPACKED_BYTES = 256 * Uploads.MEGABYTE;
	static final int MAX_ENTRIES = 10_000;
	/** Unpacked bytes per packed byte; real documents stay far below, zip bombs far above. */
	static final int MAX_RATIO = 100;
	/** Small files may pack very well (a page of spaces); the ratio counts only above this. */
	static final long RATIO_FLOOR = 4 * Uploads.MEGABYTE;

	private static final String OOXML = "application/x-tika-ooxml";
	private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";

	private final long maxUnpackedBytes;
	private final int maxEntries;

	ArchiveInspection() {
		this(MAX_UNPACKED_BYTES, MAX_ENTRIES);
	}

	ArchiveInspection(long maxUnpackedBytes, int maxEntries) {
		this.maxUnpackedBytes = maxUnpackedBytes;
		this.maxEntries = maxEntries;
	}

	/** Why the archive is refused, or null when it may be kept. */
	Refusal inspect(String mediaType, byte[] content) {
		boolean ooxml = isOfficeOpenXml(mediaType);
		boolean openDocument = mediaType.startsWith(OPEN_DOCUMENT);
		boolean sawContentTypes = false;
		boolean sawOpenDocumentType = false;
		long unpacked = 0;
		int entries = 0;
		byte[] buffer = new byte[16 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries++;
				if (entries > maxEntries) {
					return Refusal.ARCHIVE_TOO_LARGE;
				}
				boolean typeEntry = openDocument && entries == 1 && entry.getName().equals("mimetype");
				sawContentTypes |= entry.getName().equals("[Content_Types].xml");
				StringBuilder declaredType = new StringBuilder();
				int read;
				while ((read = zip.read(buffer)) > 0) {
					unpacked += read;
					if (unpacked > maxUnpackedBytes || (unpacked > RATIO_FLOOR && unpacked > (long) MAX_RATIO * content.length)) {
						return Refusal.ARCHIVE_TOO_LARGE;
					}
					if (typeEntry && declaredType.length() < 200) {
						declaredType.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
					}
				}
				sawOpenDocumentType |= typeEntry && declaredType.toString().strip().equals(mediaType);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// Malformed entries, names in no known encoding, encrypted entries: nothing the city can read later.
			return Refusal.DAMAGED;
		}
		if (entries == 0) {
			return Refusal.DAMAGED;
		}
		if ((ooxml && !sawContentTypes) || (openDocument && !sawOpenDocumentType)) {
			return Refusal.CONTENT_DOES_NOT_MATCH_NAME;
		}
		return null;
	}

	private static boolean isOfficeOpenXml(String mediaType) {
		return mediaType.startsWith("application/vnd.openxmlformats-officedocument.")
				|| mediaType.startsWith("application/vnd.ms-") && mediaType.endsWith(".12")
				|| mediaType.equals(OOXML);
	}
}
