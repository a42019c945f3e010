package org.cityhall.catalogue;

import java.time.Instant;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Archivable;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.LocalizedText;

/**
 * An information page was unpublished: {@code /information/<slug>} no longer shows it and nothing
 * links to it. Its versions are kept. Filed in the archive like the publication, kept for ever.
 *
 * @param version the number of the version that was published until now
 * @param withdrawnBy the staff id of the publisher who withdrew it
 */
public record InformationPageWithdrawn(UUID eventId, UUID pageId, String slug, String department, int version,
		LocalizedText title, String withdrawnBy, Instant at) implements Archivable {

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("information-page-withdrawn:" + eventId, "catalogue.information-page-withdrawn", at)
				.matter("information/" + slug)
				.department(department)
				.title(new LocalizedText("Informationssida avpublicerad: " + title.sv(),
						"Information page withdrawn: " + title.en()))
				.retention(RetentionClass.KEEP)
				.audience(Audience.SUBJECT)
				.build();
	}
}
