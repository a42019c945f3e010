package org.cityhall.registers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the registers compare it: lower case, å and ä as a, ö as o, accents dropped, one space between
 * words. A street typed with the usual abbreviations ("Götg." for Götgatan, "Byälvsv." for Byälvsvägen)
 * is read as written out.
 */
public final class Folding {

	private static final Pattern SPACES = Pattern.compile("[\\s,]+");
	private static final Pattern GATAN = Pattern.compile("(\\p{L})g\\.(?=\\s|$)");
	private static final Pattern VAGEN = Pattern.compile("(\\p{L})v\\.(?=\\s|$)");

	private Folding() {
	}

	/** The folded form of a register's text, as stored beside it. */
	public static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			out.append(switch (c) {
				case 'å', 'ä', 'á', 'à', 'â' -> 'a';
				case 'ö', 'ø', 'ó', 'ò', 'ô' -> 'o';
				case 'é', 'è', 'ê', 'ë' -> 'e';
				case 'ü', 'ú' -> 'u';
				case 'í', 'ï' -> 'i';
				default -> c;
			});
		}
		return SPACES.matcher(out.toString().trim()).replaceAll(" ");
	}

	/** The folded form of what someone typed, with abbreviated street names written out. */
	public static String foldTyped(String typed) {
		String folded = fold(typed);
		folded = GATAN.matcher(folded).replaceAll("$1gatan");
		folded = VAGEN.matcher(folded).replaceAll("$1vagen");
		return folded;
	}

	/** {@code text} made safe inside a SQL LIKE pattern (with {@code escape '\'}). */
	static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
