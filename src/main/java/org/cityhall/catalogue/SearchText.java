package org.cityhall.catalogue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded the way people type it: lower case, without accents, so that "forskola" finds
 * "förskola" and "Parkering" finds "parkeringstillstånd".
 */
final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchText() {
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** The words of a query, folded; empty for a query of only spaces or punctuation. */
	static List<String> words(String query) {
		return Arrays.stream(SEPARATORS.split(fold(query))).filter(word -> !word.isEmpty()).distinct().toList();
	}
}
