package org.cityhall.archive.web;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** An E-ARK package as a download, written to the response as it is built. */
final class Downloads {

	private Downloads() {
	}

	interface Writing {
		void to(OutputStream out) throws IOException;
	}

	static ResponseEntity<StreamingResponseBody> sip(String fileName, Writing writing) {
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName + ".zip").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(writing::to);
	}
}
