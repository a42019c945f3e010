package org.cityhall.archive.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.chain.CanonicalJson;
import org.cityhall.archive.chain.ChainHashing;
import org.cityhall.archive.chain.RecordRow;
import org.cityhall.archive.chain.SubjectColumns;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files every {@link Archivable} event as a record at the end of the chain, once. The listener runs
 * from the event publication registry: a crash between the business commit and the filing leaves the
 * publication incomplete, and it is handed over again on restart (or by the periodic resubmission);
 * the record's key makes the second handing a no-op.
 * <p>
 * The chain's head ({@code archive_chain}) is locked for the filing transaction, so records take
 * sequences one after another, without gaps, in the order they commit: a reader never sees record
 * N + 1 before record N.
 */
@Service
public class FilingRecords {

	private static final String MODULE_ROOT = "org.cityhall.";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;

	FilingRecords(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(Archivable event) {
		file(event);
	}

	/**
	 * Files the event, unless a record with its key is filed already.
	 * @return the record's id and sequence, new or already there
	 */
	@Transactional
	public Filed file(Archivable event) {
		ArchiveEntry entry = event.archiveEntry();
		Optional<Filed> already = filed(entry.key());
		if (already.isPresent()) {
			return already.get();
		}
		String content = CanonicalJson.of(json.valueToTree(event));
		return append(entry, sourceModule(event.getClass()), content);
	}

	/**
	 * Files an entry whose content is already canonical JSON: for the benchmark, which files records
	 * without building events. The same path as {@link #file(Archivable)} from the lock on.
	 */
	@Transactional
	public Filed file(ArchiveEntry entry, String sourceModule, String canonicalContent) {
		return filed(entry.key()).orElseGet(() -> append(entry, sourceModule, canonicalContent));
	}

	private Filed append(ArchiveEntry entry, String sourceModule, String content) {
		Head head = jdbc.sql("SELECT sequence, hash FROM archive_chain WHERE singleton FOR UPDATE")
				.query((row, number) -> new Head(row.getLong("sequence"), row.getString("hash")))
				.single();
		// Another delivery of the same event may have filed it while this one waited for the lock.
		Optional<Filed> already = filed(entry.key());
		if (already.isPresent()) {
			return already.get();
		}
		RecordRow row = row(entry, sourceModule, content, head);
		jdbc.sql("""
				INSERT INTO archive_record (id, sequence, key, occurred_at, filed_at, source_module, record_type,
				  subject_kind, subject_id, subject_name, matter, title_sv, title_en, department, retention, audience,
				  closes_matter, content, documents, digest, prev_hash, hash)
				VALUES (:id, :sequence, :key, :occurredAt, :filedAt, :sourceModule, :recordType,
				  :subjectKind, :subjectId, :subjectName, :matter, :titleSv, :titleEn, :department, :retention, :audience,
				  :closesMatter, :content, :documents, :digest, :prevHash, :hash)""")
				.param("id", row.id())
				.param("sequence", row.sequence())
				.param("key", row.key())
				.param("occurredAt", utc(row.occurredAt()))
				.param("filedAt", utc(row.filedAt()))
				.param("sourceModule", row.sourceModule())
				.param("recordType", row.recordType())
				.param("subjectKind", row.subjectKind())
				.param("subjectId", row.subjectId())
				.param("subjectName", row.subjectName())
				.param("matter", row.matter())
				.param("titleSv", row.titleSv())
				.param("titleEn", row.titleEn())
				.param("department", row.department())
				.param("retention", row.retention())
				.param("audience", row.audience())
				.param("closesMatter", row.closesMatter())
				.param("content", row.content())
				.param("documents", row.documents().toArray(String[]::new))
				.param("digest", row.digest())
				.param("prevHash", row.prevHash())
				.param("hash", row.hash())
				.update();
		jdbc.sql("UPDATE archive_chain SET sequence = :sequence, hash = :hash WHERE singleton")
				.param("sequence", row.sequence())
				.param("hash", row.hash())
				.update();
		return new Filed(row.id(), row.sequence(), true);
	}

	private RecordRow row(ArchiveEntry entry, String sourceModule, String content, Head head) {
		Optional<Party> subject = entry.subject();
		RecordRow unhashed = new RecordRow(UuidCreator.getTimeOrderedEpoch(), head.sequence() + 1, entry.key(),
				micros(entry.occurredAt()), micros(clock.instant()), sourceModule, entry.recordType(),
				subject.map(SubjectColumns::kind).orElse(null), subject.map(Party::id).orElse(null),
				subject.map(SubjectColumns::name).orElse(null), entry.matter().orElse(null), entry.title().sv(),
				entry.title().en(), entry.department().orElse(null), entry.retention().code(), entry.audience().name(),
				entry.closesMatter(), content, entry.documents().stream().map(DocumentId::sha256).toList(), null,
				head.hash(), null, null);
		ChainHashing hashing = new ChainHashing();
		String digest = hashing.digest(unhashed);
		return unhashed.chained(digest, hashing.link(head.hash(), digest));
	}

	private Optional<Filed> filed(String key) {
		return jdbc.sql("SELECT id, sequence FROM archive_record WHERE key = :key")
				.param("key", key)
				.query((row, number) -> new Filed(row.getObject("id", UUID.class), row.getLong("sequence"), false))
				.optional();
	}

	/**
	 * The module an event belongs to: the package below {@code org.cityhall} its class is in.
	 * @throws IllegalArgumentException for a class outside CityHall's modules
	 */
	public static String sourceModule(Class<?> eventType) {
		String name = eventType.getName();
		if (!name.startsWith(MODULE_ROOT) || name.indexOf('.', MODULE_ROOT.length()) < 0) {
			throw new IllegalArgumentException(name + " is not in a CityHall module (org.cityhall.<module>)");
		}
		return name.substring(MODULE_ROOT.length(), name.indexOf('.', MODULE_ROOT.length()));
	}

	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Head(long sequence, String hash) {
	}

	/**
	 * A record's place.
	 * @param added whether this call filed it; false when it was filed before
	 */
	public record Filed(UUID id, long sequence, boolean added) {
	}
}
