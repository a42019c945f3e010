package org.cityhall.archive.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.archive.filing.FilingRecords;
import org.cityhall.archive.text.DocumentTexts;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The filing benchmark's two endpoints (bench/scenarios/archive.properties), only with {@code
 * cityhall.bench.baseline-endpoint=true}: {@code /bench/archive/file} files one record the way the
 * listener does (its own transaction, the chain's head locked, digest and hash, the idempotency
 * check); {@code /bench/archive/insert} writes the same row into a table of its own, one plain
 * INSERT, with the same commit setting: the bare insert filing is measured against. And {@code GET
 * /bench/archive/texts-behind} answers 1 while records are filed whose documents' text is not read yet,
 * else 0: a scenario that files records waits on it until the node's work is done (bench/README.md).
 */
@RestController
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BenchFilingController {

	private static final Party.Person SUBJECT = new Party.Person(PersonalIdentityNumber.parse("197911039886"), "Karin Ek");

	private final FilingRecords filing;
	private final DocumentTexts texts;
	private final JdbcClient jdbc;
	private final Clock clock;

	BenchFilingController(FilingRecords filing, DocumentTexts texts, JdbcClient jdbc, Clock clock) {
		this.filing = filing;
		this.texts = texts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping(path = "/bench/archive/texts-behind", produces = MediaType.TEXT_PLAIN_VALUE)
	String textsBehind() {
		return texts.behind() ? "1" : "0";
	}

	@PostMapping(path = "/bench/archive/file", produces = MediaType.TEXT_PLAIN_VALUE)
	String file() {
		UUID eventId = UuidCreator.getTimeOrderedEpoch();
		Instant now = clock.instant();
		return Long.toString(filing.fileAlone(entry(eventId, now), "cases", content(eventId, now)).sequence());
	}

	@PostMapping(path = "/bench/archive/insert", produces = MediaType.TEXT_PLAIN_VALUE)
	@Transactional
	String insert() {
		UUID eventId = UuidCreator.getTimeOrderedEpoch();
		Instant now = clock.instant();
		ArchiveEntry entry = entry(eventId, now);
		jdbc.sql("SET LOCAL synchronous_commit = off").update();
		jdbc.sql("""
				INSERT INTO archive_bench_insert (id, key, occurred_at, filed_at, source_module, record_type, subject_kind,
				  subject_id, subject_name, matter, title_sv, title_en, department, retention, audience, closes_matter, content)
				VALUES (:id, :key, :at, :at, 'cases', :type, 'person', :subjectId, :subjectName, :matter, :titleSv, :titleEn,
				  :department, :retention, 'SUBJECT', false, :content)""")
				.param("id", UuidCreator.getTimeOrderedEpoch())
				.param("key", entry.key())
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("type", entry.recordType())
				.param("subjectId", SUBJECT.id())
				.param("subjectName", SUBJECT.name())
				.param("matter", entry.matter().orElseThrow())
				.param("titleSv", entry.title().sv())
				.param("titleEn", entry.title().en())
				.param("department", entry.department().orElseThrow())
				.param("retention", entry.retention().code())
				.param("content", content(eventId, now))
				.update();
		return "ok";
	}

	private static ArchiveEntry entry(UUID eventId, Instant at) {
		return ArchiveEntry.of("bench-filed:" + eventId, "cases.message-posted", at)
				.subject(SUBJECT)
				.matter("MO-2026-900001")
				.department("city-planning")
				.title(new LocalizedText("Meddelande från sökande i ärende MO-2026-900001",
						"Message from the applicant in case MO-2026-900001"))
				.retention(RetentionClass.disposeAfterYears(7))
				.build();
	}

	/** A message event's JSON as the filing would make it: keys sorted, no whitespace. */
	private static String content(UUID eventId, Instant at) {
		return "{\"applicant\":{\"kind\":\"person\",\"name\":\"Karin Ek\",\"number\":\"197911039886\"},\"assignedTo\":null,"
				+ "\"at\":\"" + at + "\",\"attachments\":[],\"caseId\":{\"value\":\"" + eventId + "\"},\"contactEmail\":null,"
				+ "\"department\":\"city-planning\",\"eserviceId\":\"map-order\",\"eventId\":\"" + eventId + "\","
				+ "\"fromApplicant\":true,\"messageId\":\"" + eventId + "\",\"number\":{\"value\":\"MO-2026-900001\"},"
				+ "\"retention\":\"dispose-7y\",\"subject\":{\"kind\":\"person\",\"name\":\"Karin Ek\",\"number\":\"197911039886\"}}";
	}
}
