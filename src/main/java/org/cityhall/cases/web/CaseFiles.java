package org.cityhall.cases.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.Draft;
import org.cityhall.documents.DocumentStore;
import org.cityhall.documents.StoredDocument;
import org.cityhall.documents.UploadCheck;
import org.cityhall.documents.Uploads;
import org.cityhall.forms.Field;
import org.cityhall.forms.FieldError;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files given with a form, a supplement or a message: each checked by its content against what the
 * field allows, and kept in the document store. A refused file gets a message at its field; nothing of
 * it is kept.
 */
@Component
class CaseFiles {

	/** What a message or supplement takes when no field says otherwise. */
	static final List<String> MESSAGE_TYPES = List.of("pdf", "png", "jpg", "jpeg", "docx", "odt", "txt");
	static final int MESSAGE_MEGABYTES = 20;

	private final Uploads uploads;
	private final DocumentStore store;

	CaseFiles(Uploads uploads, DocumentStore store) {
		this.uploads = uploads;
		this.store = store;
	}

	/** The outcome of taking a field's files: those kept, and the error when one was refused. */
	record Taken(List<Draft.UploadedFile> files, FieldError error) {
	}

	/** Checks and keeps the files given for a form's file field. */
	Taken take(Field field, String name, List<MultipartFile> given) {
		List<String> extensions = field.rules().fileTypes().isEmpty() ? MESSAGE_TYPES : field.rules().fileTypes();
		long cap = field.rules().maxFileSizeMegabytes().orElse(10) * Uploads.MEGABYTE;
		return take(name, given, extensions, cap);
	}

	/** Checks and keeps the files given with a message or a supplement. */
	Taken takeAttachments(String name, List<MultipartFile> given) {
		return take(name, given, MESSAGE_TYPES, MESSAGE_MEGABYTES * Uploads.MEGABYTE);
	}

	private Taken take(String name, List<MultipartFile> given, List<String> extensions, long cap) {
		Set<String> allowed = Uploads.mediaTypesFor(extensions);
		List<Draft.UploadedFile> kept = new ArrayList<>();
		for (MultipartFile file : given) {
			if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
				continue;
			}
			String filename = filename(file.getOriginalFilename());
			if (file.getSize() > cap) {
				// Not read at all: the message says the cap, as the document module words it.
				return new Taken(kept, new FieldError(name, "documents.upload.too-large",
						List.of(filename, BigDecimal.valueOf(cap).divide(BigDecimal.valueOf(Uploads.MEGABYTE), 1,
								RoundingMode.DOWN).stripTrailingZeros())));
			}
			byte[] content;
			try {
				content = file.getBytes();
			}
			catch (IOException ex) {
				return new Taken(kept, new FieldError(name, "cases.upload.unreadable", List.of(filename)));
			}
			UploadCheck check = uploads.check(filename, content, allowed, cap);
			if (!check.accepted()) {
				return new Taken(kept, new FieldError(name, check.messageKey(), List.of(check.messageArguments())));
			}
			StoredDocument stored = store.store(content, check.mediaType());
			kept.add(new Draft.UploadedFile(stored.id().sha256(), filename, stored.mediaType(), stored.size()));
		}
		return new Taken(kept, null);
	}

	static CaseDocument document(Draft.UploadedFile file, CaseDocument.Role role, Instant at) {
		return new CaseDocument(file.sha256(), role, file.filename(), file.mediaType(), file.size(), at);
	}

	/** A file's own name, without any path a browser sent, control characters or more than 200 characters. */
	static String filename(String given) {
		String name = given == null ? "" : given;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}
}
