package org.cityhall.documents;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Uploads#check} found: the file is accepted as the media type its content shows, or
 * refused with a message for the person who uploaded it.
 * <p>
 * A refusal carries a message key in {@code i18n/documents_*.properties} and its arguments; some
 * arguments are themselves {@link org.springframework.context.MessageSourceResolvable}, which
 * Spring's {@code MessageSource} resolves in the reader's language. So a caller hands the key and
 * arguments on as they are, such as {@code errors.rejectValue(field, check.messageKey(),
 * check.messageArguments(), null)}.
 *
 * @param mediaType the media type sniffed from the content ({@code application/pdf}), without
 * parameters; also given on most refusals, null when the content was not looked at
 * @param refusal why the file is refused; null when it is accepted
 * @param arguments the refusal message's arguments; the first is always the file's name (or words
 * for a file without one); empty when accepted
 */
public record UploadCheck(String mediaType, Refusal refusal, List<Object> arguments) {

	public UploadCheck {
		arguments = List.copyOf(arguments);
		if (refusal == null) {
			Objects.requireNonNull(mediaType, "an accepted file has a media type");
		}
	}

	static UploadCheck accepted(String mediaType) {
		return new UploadCheck(mediaType, null, List.of());
	}

	static UploadCheck refused(Refusal refusal, String mediaType, Object... arguments) {
		return new UploadCheck(mediaType, Objects.requireNonNull(refusal, "refusal"), List.of(arguments));
	}

	/** Whether the file may be kept. */
	public boolean accepted() {
		return refusal == null;
	}

	/** The refusal message's key; null when the file is accepted. */
	public String messageKey() {
		return refusal == null ? null : refusal.messageKey();
	}

	/** The refusal message's arguments as an array, as {@code MessageSource} and {@code Errors} take them. */
	public Object[] messageArguments() {
		return arguments.toArray();
	}

	/** Why an uploaded file is refused. */
	public enum Refusal {

		/** The file has no bytes. */
		EMPTY("documents.upload.empty"),
		/** The file is larger than the cap; the second argument is the cap in megabytes. */
		TOO_LARGE("documents.upload.too-large"),
		/** The content is of a type that is not allowed; the second argument names the allowed types. */
		TYPE_NOT_ALLOWED("documents.upload.type-not-allowed"),
		/**
		 * The file's name says one type, its content is another: a file that lies about its type. The
		 * second argument names the type the name claims.
		 */
		CONTENT_DOES_NOT_MATCH_NAME("documents.upload.content-does-not-match-name"),
		/** An archive (ZIP, Word, Excel, OpenDocument) that unpacks to too much: a zip bomb, or too large to handle. */
		ARCHIVE_TOO_LARGE("documents.upload.archive-too-large"),
		/** A PDF with JavaScript or actions that start programs, or an SVG image with script. */
		ACTIVE_CONTENT("documents.upload.active-content"),
		/** A password-protected (encrypted) file the city could not open later. */
		ENCRYPTED("documents.upload.encrypted"),
		/** The content claims a type but cannot be read as it. */
		DAMAGED("documents.upload.damaged");

		private final String messageKey;

		Refusal(String messageKey) {
			this.messageKey = messageKey;
		}

		/** The key of the message that explains this refusal. */
		public String messageKey() {
			return messageKey;
		}
	}
}
