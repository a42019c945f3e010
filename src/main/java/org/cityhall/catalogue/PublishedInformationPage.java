package org.cityhall.catalogue;

import java.time.Instant;
import java.util.List;

import org.cityhall.shared.LocalizedText;

/**
 * The published version of an information page.
 *
 * @param slug the page's stable name in its address, {@code /information/<slug>}
 * @param department the department that wrote it, by its id in the catalogue
 * @param version the number of the published version, from 1
 * @param body the text in Markdown, as its department wrote it; pages show it rendered with raw HTML escaped
 * @param eservices the ids of the e-services it is about
 * @param lifeSituations the ids of the life situations it belongs to
 */
public record PublishedInformationPage(String slug, String department, int version, LocalizedText title,
		LocalizedText summary, LocalizedText body, List<String> eservices, List<String> lifeSituations,
		Instant publishedAt) {

	public PublishedInformationPage {
		eservices = List.copyOf(eservices);
		lifeSituations = List.copyOf(lifeSituations);
	}

	/** Where the public reads it. */
	public String path() {
		return "/information/" + slug;
	}
}
