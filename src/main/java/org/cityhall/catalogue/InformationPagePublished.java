package org.cityhall.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.LocalizedText;

/**
 * A version of an information page was approved and is now what the public reads at
 * {@code /information/<slug>}, replacing any earlier version. A publication is a transaction of the
 * city: it is filed in the archive with the texts as published, kept for ever, and public (no subject).
 *
 * @param writtenBy the staff id of who wrote the version
 * @param approvedBy the staff id of who approved it, never the writer
 */
public record InformationPagePublished(UUID eventId, UUID pageId, String slug, String department, int version,
		LocalizedText title, LocalizedText summary, LocalizedText body, List<String> eservices,
		List<String> lifeSituations, String writtenBy, String approvedBy, Instant at) implements Archivable {

	public InformationPagePublished {
		eservices = List.copyOf(eservices);
		lifeSituations = List.copyOf(lifeSituations);
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("information-page-published:" + eventId, "catalogue.information-page-published", at)
				.matter("information/" + slug)
				.department(department)
				.title(new LocalizedText("Informationssida publicerad: " + title.sv() + " (version " + version + ")",
						"Information page published: " + title.en() + " (version " + version + ")"))
				.retention(RetentionClass.KEEP)
				.audience(Audience.SUBJECT)
				.build();
	}

	/** The page as the public now reads it. */
	public PublishedInformationPage page() {
		return new PublishedInformationPage(slug, department, version, title, summary, body, eservices, lifeSituations, at);
	}
}
