package org.cityhall.records;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.shared.PersonalIdentityNumber;

/**
 * Arranges care diaries of the test's own: persons with random numbers no other test uses, units and
 * record ids made unique per test, files in the import format.
 */
final class CareDiaryFixtures {

	private CareDiaryFixtures() {
	}

	/** A person born 1930–1949, with a random birth number. */
	static PersonalIdentityNumber elderly() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return PersonalIdentityNumber.of(LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 20)), random.nextInt(1000), false);
	}

	/** A person born 1960–1979, with a random birth number. */
	static PersonalIdentityNumber relative() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return PersonalIdentityNumber.of(LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 20)), random.nextInt(1000), false);
	}

	static String unit() {
		return "home-help-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String line(String recordId, PersonalIdentityNumber person, String unit, String kind, Instant at, String measure,
			String note) {
		return String.join(";", recordId, person.value(), unit, kind, OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(1)).toString(),
				measure, note, "Undersköterska Lena") + "\n";
	}

	static byte[] file(String... lines) {
		return (CareRecordFile.HEADER + "\n" + String.join("", lines)).getBytes(StandardCharsets.UTF_8);
	}
}
