package org.cityhall.feedback;

import java.util.Objects;

/**
 * A photo with a report, kept in the document store under its SHA-256, already cleaned of its metadata.
 *
 * @param approved whether an officer approved it for the public: only then is it on the report's public page
 * and in Open311's {@code media_url}
 */
public record ReportPhoto(String sha256, String filename, String mediaType, long size, boolean approved) {

	public ReportPhoto {
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(filename, "filename");
		Objects.requireNonNull(mediaType, "mediaType");
	}
}
