package org.cityhall.archive.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.documents.StoredDocument;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SipWriterTest {

	static final Party.Person RESIDENT = new Party.Person(PersonalIdentityNumber.parse("198804129826"), "Sara Lindqvist");

	@TempDir
	Path directory;

	@Test
	void aMattersPackagePassesTheEarkSipValidatorWithoutErrors() throws Exception {
		InMemoryDocuments documents = new InMemoryDocuments();
		DocumentId decision = documents.store("%PDF-1.7 decision".getBytes(), "application/pdf").id();
		List<ArchivedRecord> records = List.of(
				record(1, "cases.submitted", "HP-2026-000123", false, List.of()),
				record(2, "cases.decided", "HP-2026-000123", true, List.of(decision)),
				record(3, "identity.consent-granted", null, false, List.of()));
		Path sip = directory.resolve("package.zip");
		try (OutputStream out = Files.newOutputStream(sip)) {
			writer(documents).write("cityhall-test-" + UUID.randomUUID(), "Ärende HP-2026-000123", records, out);
		}

		assertThat(SipValidation.errors(sip)).isEmpty();
	}

	@Test
	void aPackageHoldsEachRecordAsJsonAndEachDocumentOnceWithItsChecksumInMets() throws Exception {
		InMemoryDocuments documents = new InMemoryDocuments();
		DocumentId receipt = documents.store("%PDF-1.7 receipt".getBytes(), "application/pdf").id();
		List<ArchivedRecord> records = List.of(
				record(7, "cases.submitted", "HP-2026-000124", false, List.of(receipt)),
				record(8, "cases.message-posted", "HP-2026-000124", false, List.of(receipt)));
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		writer(documents).write("cityhall-test-2", "Ärende HP-2026-000124", records, zip);

		Map<String, String> entries = SipValidation.entries(zip.toByteArray());
		assertThat(entries.keySet()).contains("cityhall-test-2/METS.xml",
				"cityhall-test-2/representations/rep1/data/records/000000000007-cases.submitted.json",
				"cityhall-test-2/representations/rep1/data/records/000000000008-cases.message-posted.json",
				"cityhall-test-2/representations/rep1/data/documents/" + receipt.sha256() + ".pdf",
				"cityhall-test-2/metadata/descriptive/dc.xml", "cityhall-test-2/documentation/index.html");
		assertThat(entries.get("cityhall-test-2/documentation/index.html"))
				.contains("../representations/rep1/data/documents/" + receipt.sha256() + ".pdf", "Handling 7 &amp; mer", "Record 8 &lt;and more&gt;");
		assertThat(entries.keySet()).filteredOn(name -> name.contains("/documents/")).hasSize(1);
		String mets = entries.get("cityhall-test-2/METS.xml") + entries.get("cityhall-test-2/representations/rep1/METS.xml");
		assertThat(mets).contains("CHECKSUMTYPE=\"SHA-256\"").contains(receipt.sha256().toUpperCase())
				.contains("Stockholms stad").contains("CityHall");
		assertThat(entries.get("cityhall-test-2/representations/rep1/data/records/000000000007-cases.submitted.json"))
				.contains("\"matter\" : \"HP-2026-000124\"").contains("\"content\"");
	}

	static SipWriter writer(DocumentStore documents) {
		return new SipWriter(documents, new PackageCreator("Stockholms stad", "2120000142", "test"));
	}

	static ArchivedRecord record(long sequence, String type, String matter, boolean closes, List<DocumentId> documents) {
		Instant at = Instant.parse("2026-11-20T10:15:30Z").plusSeconds(sequence * 60);
		return new ArchivedRecord(UUID.randomUUID(), sequence, at, at.plusMillis(5), type.substring(0, type.indexOf('.')), type,
				Optional.of(RESIDENT), Optional.ofNullable(matter),
				new LocalizedText("Handling " + sequence + " & mer", "Record " + sequence + " <and more>"), Optional.of("city-planning"),
				RetentionClass.disposeAfterYears(10), Audience.SUBJECT, closes,
				Optional.of("{\"at\":\"" + at + "\",\"number\":\"" + matter + "\"}"), documents, "ab".repeat(32), Optional.empty());
	}

	/** The store's contract in memory, for tests that need no database. */
	static final class InMemoryDocuments implements DocumentStore {

		private final Map<DocumentId, StoredDocument> entries = new HashMap<>();
		private final Map<DocumentId, byte[]> contents = new HashMap<>();

		@Override
		public StoredDocument store(byte[] content, String mediaType) {
			DocumentId id = DocumentId.of(content);
			contents.putIfAbsent(id, content.clone());
			return entries.computeIfAbsent(id, key -> new StoredDocument(key, mediaType, content.length, Instant.now()));
		}

		@Override
		public Optional<StoredDocument> find(DocumentId id) {
			return Optional.ofNullable(entries.get(id));
		}

		@Override
		public Optional<byte[]> content(DocumentId id) {
			return Optional.ofNullable(contents.get(id)).map(byte[]::clone);
		}
	}
}
