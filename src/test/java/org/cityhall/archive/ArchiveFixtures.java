package org.cityhall.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.archive.filing.FilingRecords;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/** Files records of a test's own matters and persons, so no test sees another's. */
public final class ArchiveFixtures {

	private final FilingRecords filing;
	private final ArchiveRecords records;

	public ArchiveFixtures(FilingRecords filing, ArchiveRecords records) {
		this.filing = filing;
		this.records = records;
	}

	/** A matter number no other test uses. */
	public static String matter() {
		return "BL-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
	}

	/** A resident no other test uses. */
	public static Party.Person resident() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(random.nextInt(1930, 2000), random.nextInt(1, 13), random.nextInt(1, 29));
		return new Party.Person(PersonalIdentityNumber.of(born, random.nextInt(0, 1000), false), "Sara Lindqvist");
	}

	/** Files a whole record for the subject's eyes, without documents. */
	public ArchivedRecord file(String matter, Party subject, String type, Instant at, RetentionClass retention, boolean closes) {
		return file(matter, subject, type, at, retention, closes, Audience.SUBJECT, List.of());
	}

	/** Files a record of a case in the building-permit e-service. */
	public ArchivedRecord file(String matter, Party subject, String type, Instant at, RetentionClass retention, boolean closes,
			Audience audience, List<DocumentId> documents) {
		ArchiveEntry.Builder entry = ArchiveEntry.of("fixture:" + UUID.randomUUID(), type, at)
				.subject(subject).matter(matter).department("city-planning")
				.title(new LocalizedText("Bygglov " + matter + " " + type, "Building permit " + matter + " " + type))
				.retention(retention).audience(audience).documents(documents);
		if (closes) {
			entry.closesMatter();
		}
		String content = "{\"at\":\"" + at + "\",\"eserviceId\":\"building-permit\",\"number\":\"" + matter + "\"}";
		FilingRecords.Filed filed = filing.fileAlone(entry.build(), "cases", content);
		return records.find(filed.id()).orElseThrow();
	}
}
