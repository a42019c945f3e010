package org.cityhall.placement;

import java.time.Instant;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * How school choice's records are filed — under the education department, kept (bevaras), in the
 * child's matter (the application's case); where their notices lead is {@link ChildsApplicationNotice}'s.
 */
final class PlacementRecords {

	static final String DEPARTMENT = "education";
	static final RetentionClass RETENTION = RetentionClass.KEEP;

	private PlacementRecords() {
	}

	/** A record in the child's matter. */
	static ArchiveEntry inChildsMatter(String key, String type, Instant at, PersonalIdentityNumber child, String childName,
			String caseNumber, LocalizedText title) {
		return ArchiveEntry.of(key, type, at).subject(new Party.Person(child, childName)).matter(caseNumber)
				.department(DEPARTMENT).title(title).retention(RETENTION).build();
	}
}
