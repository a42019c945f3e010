package org.cityhall.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;
import org.cityhall.documents.UploadCheck.Refusal;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The checks an uploaded file passes before the city keeps it. The type is sniffed from the
 * content (Apache Tika); the name and the type the browser declared are never trusted alone. A file
 * is refused, with a message for the person who uploaded it, when it is empty, larger than the cap,
 * of a type that is not allowed, of another type than its name says (a file that lies about its
 * type), an archive that unpacks to too much (a zip bomb), a PDF with JavaScript or a password, or
 * an SVG image with script.
 * <p>
 * Archives (ZIP, Word, Excel, OpenDocument) are read entry by entry as a stream, with caps on the
 * unpacked bytes, the entries and the packing ratio; they are never unpacked whole.
 */
@Component
public final class Uploads {

	/** Bytes in a megabyte, as the caps are given and shown (a mebibyte, as Spring's {@code 25MB}). */
	public static final long MEGABYTE = 1024L * 1024L;

	private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
	private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
	private static final int LONGEST_NAME_SHOWN = 120;

	private final ArchiveInspection archives;

	Uploads() {
		this(new ArchiveInspection());
	}

	Uploads(ArchiveInspection archives) {
		this.archives = archives;
	}

	/**
	 * Checks one uploaded file.
	 * @param filename the name the browser sent; may be null or blank, may hold a path, is only used
	 * to see which type the file claims to be and to name it in messages
	 * @param content the whole file
	 * @param allowedMediaTypes the types the field takes ({@code application/pdf}, {@code image/png}, ...);
	 * see {@link #mediaTypesFor(Collection)} to get them from file name extensions
	 * @param maxBytes the largest file accepted, in bytes
	 * @return accepted with the media type its content shows, or refused with a message key and arguments
	 */
	public UploadCheck check(String filename, byte[] content, Set<String> allowedMediaTypes, long maxBytes) {
		Objects.requireNonNull(content, "content");
		if (allowedMediaTypes == null || allowedMediaTypes.isEmpty()) {
			throw new IllegalArgumentException("an upload is checked against the types its field allows; none were given");
		}
		if (maxBytes < 1) {
			throw new IllegalArgumentException("the largest file accepted must be at least one byte, was " + maxBytes);
		}
		String name = lastSegment(filename);
		Object shownName = shownName(name);
		if (content.length == 0) {
			return UploadCheck.refused(Refusal.EMPTY, null, shownName);
		}
		if (content.length > maxBytes) {
			return UploadCheck.refused(Refusal.TOO_LARGE, null, shownName, megabytes(maxBytes));
		}
		Set<MediaType> allowed = new LinkedHashSet<>();
		for (String type : allowedMediaTypes) {
			MediaType parsed = MediaType.parse(type);
			if (parsed == null) {
				throw new IllegalArgumentException("'" + type + "' is not a media type");
			}
			allowed.add(normalized(parsed));
		}
		MediaType claimed = claimedBy(name);
		MediaType detected = detect(content, name);
		boolean lies = claimed != null && !sameOrSpecialised(detected, claimed);
		// A name and content that disagree are a lie worth naming when either would be welcome here;
		// otherwise the plain answer is which types are.
		if (lies && (allowed.contains(claimed) || allowed.contains(detected))) {
			return UploadCheck.refused(Refusal.CONTENT_DOES_NOT_MATCH_NAME, detected.toString(), shownName, nameOf(claimed.toString()));
		}
		if (lies || !allowed.contains(detected)) {
			return UploadCheck.refused(Refusal.TYPE_NOT_ALLOWED, detected.toString(), shownName, namesOf(allowedMediaTypes));
		}
		Refusal inside = inspect(detected, content);
		if (inside == null) {
			return UploadCheck.accepted(detected.toString());
		}
		if (inside == Refusal.CONTENT_DOES_NOT_MATCH_NAME) {
			return UploadCheck.refused(inside, detected.toString(), shownName, nameOf(detected.toString()));
		}
		return UploadCheck.refused(inside, detected.toString(), shownName);
	}

	private Refusal inspect(MediaType type, byte[] content) {
		if (REGISTRY.isInstanceOf(type, MediaType.APPLICATION_ZIP)) {
			return archives.inspect(type.toString(), content);
		}
		if (type.toString().equals("application/pdf")) {
			return PdfInspection.inspect(content);
		}
		if (type.toString().equals("image/svg+xml")) {
			return SvgInspection.inspect(content);
		}
		return null;
	}

	/**
	 * A plain name for a media type, the same in Swedish and English: {@code PDF}, {@code JPEG},
	 * {@code Word (.docx)}; for a type without one, its usual extension in capitals, or the type itself.
	 */
	public static String nameOf(String mediaType) {
		return TypeNames.nameOf(mediaType);
	}

	/**
	 * The types named in plain words as one message argument, resolved in the reader's language:
	 * {@code PDF, PNG eller JPEG} in Swedish, {@code PDF, PNG or JPEG} in English. For hints
	 * ({@code documents.upload.hint}) and messages.
	 */
	public static MessageSourceResolvable namesOf(Collection<String> mediaTypes) {
		List<String> names = TypeNames.inListOrder(mediaTypes);
		if (names.isEmpty()) {
			throw new IllegalArgumentException("at least one media type is named");
		}
		if (names.size() == 1) {
			return new DefaultMessageSourceResolvable(new String[] {"documents.types.one"}, new Object[] {names.get(0)});
		}
		String allButLast = String.join(", ", names.subList(0, names.size() - 1));
		return new DefaultMessageSourceResolvable(new String[] {"documents.types.or"},
				new Object[] {allButLast, names.get(names.size() - 1)});
	}

	/**
	 * The media types of file name extensions, as e-service definitions give them ({@code pdf},
	 * {@code jpg}, {@code docx}), in order.
	 * @throws IllegalArgumentException for an extension of no known type
	 */
	public static Set<String> mediaTypesFor(Collection<String> extensions) {
		Set<String> types = new LinkedHashSet<>();
		for (String extension : extensions) {
			MediaType type = claimedBy("file." + extension);
			if (type == null) {
				throw new IllegalArgumentException("no known file type has the extension '" + extension + "'");
			}
			types.add(type.toString());
		}
		return types;
	}

	/** The cap in megabytes, as a number the message formats in the reader's language: 25, 1.5. */
	static BigDecimal megabytes(long bytes) {
		return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.DOWN).stripTrailingZeros();
	}

	private static MediaType detect(byte[] content, String name) {
		Metadata metadata = new Metadata();
		if (name != null) {
			// The name only refines what the content shows (a ZIP named .docx is a Word file); it never overrules it.
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		}
		try {
			return normalized(TYPES.detect(new ByteArrayInputStream(content), metadata));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading bytes in memory failed", ex);
		}
	}

	/** The type a file's name claims by its extension; null when the name claims none Tika knows. */
	private static MediaType claimedBy(String name) {
		if (name == null || name.indexOf('.') < 0) {
			return null;
		}
		MimeType type = TYPES.getMimeType(name);
		if (type == null || type.getType().equals(MediaType.OCTET_STREAM)) {
			return null;
		}
		return normalized(type.getType());
	}

	private static boolean sameOrSpecialised(MediaType detected, MediaType claimed) {
		return detected.equals(claimed) || REGISTRY.isSpecializationOf(detected, claimed);
	}

	private static MediaType normalized(MediaType type) {
		return TypeNames.normalized(type);
	}

	private static String lastSegment(String filename) {
		if (filename == null || filename.isBlank()) {
			return null;
		}
		String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1).strip();
		return name.isEmpty() ? null : name;
	}

	/** The name as shown in a message: no control or direction characters, not too long. */
	private static Object shownName(String name) {
		if (name == null) {
			return new DefaultMessageSourceResolvable(new String[] {"documents.upload.unnamed"});
		}
		StringBuilder shown = new StringBuilder();
		name.codePoints()
				.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
				.limit(LONGEST_NAME_SHOWN)
				.forEach(shown::appendCodePoint);
		if (name.codePointCount(0, name.length()) > LONGEST_NAME_SHOWN) {
			shown.append('…');
		}
		return shown.length() == 0 ? new DefaultMessageSourceResolvable(new String[] {"documents.upload.unnamed"}) : shown.toString();
	}
}
