package org.cityhall.catalogue.information;

import java.util.List;
import java.util.Objects;

import org.cityhall.shared.LocalizedText;

/**
 * What a version of an information page says, in both languages, and what it links to.
 *
 * @param body Markdown
 * @param eservices ids of the e-services in the catalogue the page is about
 * @param lifeSituations ids of the life situations it belongs to
 */
public record PageContent(LocalizedText title, LocalizedText summary, LocalizedText body, List<String> eservices,
		List<String> lifeSituations) {

	public static final int TITLE_MAX = 120;
	public static final int SUMMARY_MAX = 300;
	public static final int BODY_MAX = 50_000;

	public PageContent {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(body, "body");
		requireLength("title", title, TITLE_MAX);
		requireLength("summary", summary, SUMMARY_MAX);
		requireLength("body", body, BODY_MAX);
		eservices = List.copyOf(eservices);
		lifeSituations = List.copyOf(lifeSituations);
	}

	private static void requireLength(String what, LocalizedText text, int max) {
		for (String value : List.of(text.sv(), text.en())) {
			if (value.isBlank() || value.length() > max) {
				throw new IllegalArgumentException("a page's " + what + " has 1 to " + max + " characters in each language");
			}
		}
	}
}
