package org.cityhall.documents;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.cityhall.documents.UploadCheck.Refusal;

/**
 * An SVG image is XML that a browser runs: script elements, event attributes, links to
 * {@code javascript:}, embedded HTML and entity declarations (which also make a billion-laughs
 * bomb) are refused, whatever the reader would have done with them.
 */
final class SvgInspection {

	private static final Pattern ACTIVE = Pattern.compile(
			"<\\s*(?:[a-z0-9]+:)?script|<\\s*(?:[a-z0-9]+:)?foreignObject|<\\s*(?:[a-z0-9]+:)?(?:iframe|embed|object)\\b"
					+ "|\\son[a-z]+\\s*=|(?:java|vb)script\\s*:|data\\s*:\\s*text/html|<!ENTITY",
			Pattern.CASE_INSENSITIVE);

	private SvgInspection() {
	}

	static Refusal inspect(byte[] content) {
		// Read as Latin-1 so every byte is one character: markup is found whatever the declared encoding.
		String text = new String(content, StandardCharsets.ISO_8859_1).replace("\u0000", "");
		return ACTIVE.matcher(text).find() ? Refusal.ACTIVE_CONTENT : null;
	}
}
