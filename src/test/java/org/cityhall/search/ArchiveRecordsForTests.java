package org.cityhall.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/** Archive records made for a test, each with a case number and a word of its own, so tests never see each other's. */
final class ArchiveRecordsForTests {

	private ArchiveRecordsForTests() {
	}

	/** A word no other test uses, of letters only, so no analysis splits or stems it. */
	static String uniqueWord() {
		StringBuilder word = new StringBuilder("qz");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	/** A case number no other test uses. */
	static String uniqueCaseNumber() {
		return "BL-2026-" + (100_000 + ThreadLocalRandom.current().nextInt(900_000));
	}

	static ArchivedRecord submitted(Party subject, String caseNumber, String word, String department, Audience audience) {
		return record(UUID.randomUUID(), "cases.submitted", Optional.of(subject), caseNumber,
				new LocalizedText("Ansökan om bygglov " + word + " inkommen", "Building permit application " + word + " received"),
				department, audience, Optional.empty());
	}

	static ArchivedRecord record(UUID id, String type, Optional<Party> subject, String caseNumber, LocalizedText title,
			String department, Audience audience, Optional<String> disposal) {
		Instant now = Instant.now();
		return new ArchivedRecord(id, 0, now, now, type.substring(0, type.indexOf('.')), type, disposal.isPresent() ? Optional.empty() : subject,
				Optional.of(caseNumber), title, Optional.of(department), RetentionClass.KEEP, audience, false,
				Optional.of("{}"), List.of(), "0".repeat(64), disposal);
	}
}
