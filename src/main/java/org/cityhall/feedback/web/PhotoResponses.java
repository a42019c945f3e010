package org.cityhall.feedback.web;

import java.util.Optional;

import org.cityhall.feedback.ReportPhotos;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** A report's photo as an answer: shown inline, never sniffed as anything else; a private one never cached by others. */
final class PhotoResponses {

	private PhotoResponses() {
	}

	static ResponseEntity<byte[]> of(Optional<ReportPhotos.Content> photo, boolean forThePublic) {
		ReportPhotos.Content content = photo.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(content.mediaType()))
				// An approved photo may be hidden again, so even the public one is cached briefly.
				.cacheControl(forThePublic ? CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic() : CacheControl.noStore().cachePrivate())
				.header("Content-Disposition", "inline")
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "default-src 'none'; sandbox")
				.body(content.bytes());
	}
}
