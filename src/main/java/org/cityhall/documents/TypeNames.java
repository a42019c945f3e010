package org.cityhall.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/** Media types as residents know them: plain names, and the odd names browsers send for common types. */
final class TypeNames {

	/**
	 * Plain names for the types residents meet, in the order they are listed in messages; other
	 * types are named by their usual extension and listed after these.
	 */
	private static final Map<String, String> NAMES = names(
			"application/pdf", "PDF",
			"image/png", "PNG",
			"image/jpeg", "JPEG",
			"image/gif", "GIF",
			"image/tiff", "TIFF",
			"image/heic", "HEIC",
			"image/webp", "WebP",
			"image/svg+xml", "SVG",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)",
			"application/msword", "Word (.doc)",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)",
			"application/vnd.ms-excel", "Excel (.xls)",
			"application/vnd.oasis.opendocument.text", "OpenDocument (.odt)",
			"application/vnd.oasis.opendocument.spreadsheet", "OpenDocument (.ods)",
			"text/plain", "TXT",
			"text/csv", "CSV",
			"application/zip", "ZIP",
			"text/html", "HTML",
			"application/x-msdownload", "EXE",
			"application/x-dosexec", "EXE");

	/** Names browsers and old programs still send for common types, which Tika does not know as aliases. */
	private static final Map<String, String> ALIASES = Map.of(
			"image/jpg", "image/jpeg",
			"image/pjpeg", "image/jpeg",
			"image/x-png", "image/png",
			"application/x-pdf", "application/pdf",
			"application/x-zip-compressed", "application/zip");

	private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
	private static final List<String> ORDER = new ArrayList<>(NAMES.values());

	private TypeNames() {
	}

	static String nameOf(String mediaType) {
		MediaType type = MediaType.parse(mediaType);
		if (type == null) {
			return mediaType;
		}
		type = normalized(type);
		String name = NAMES.get(type.toString());
		if (name != null) {
			return name;
		}
		try {
			String extension = TYPES.forName(type.toString()).getExtension();
			return extension.isEmpty() ? type.toString() : extension.substring(1).toUpperCase(Locale.ROOT);
		}
		catch (MimeTypeException ex) {
			return type.toString();
		}
	}

	/** The names of the types, each once, the common ones first in a fixed order, the rest alphabetically. */
	static List<String> inListOrder(Collection<String> mediaTypes) {
		return mediaTypes.stream()
				.map(TypeNames::nameOf)
				.distinct()
				.sorted(Comparator.comparing((String name) -> ORDER.contains(name) ? ORDER.indexOf(name) : ORDER.size())
						.thenComparing(Comparator.naturalOrder()))
				.toList();
	}

	/** The type without parameters, under its usual name. */
	static MediaType normalized(MediaType type) {
		MediaType base = TYPES.getMediaTypeRegistry().normalize(type.getBaseType()).getBaseType();
		String alias = ALIASES.get(base.toString());
		return alias == null ? base : MediaType.parse(alias);
	}

	private static Map<String, String> names(String... typesAndNames) {
		Map<String, String> names = new LinkedHashMap<>();
		for (int i = 0; i < typesAndNames.length; i += 2) {
			names.put(typesAndNames[i], typesAndNames[i + 1]);
		}
		return Collections.unmodifiableMap(names);
	}
}
