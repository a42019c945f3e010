package org.cityhall.documents.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.cityhall.documents.DocumentCorruptedException;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.documents.StoredDocument;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document store in the city's PostgreSQL database (table {@code documents_content}), so any
 * node serves any document. It is the store unless {@code cityhall.documents.store} names another.
 */
@Repository
@ConditionalOnProperty(name = "cityhall.documents.store", havingValue = "postgresql", matchIfMissing = true)
class PostgresDocumentStore implements DocumentStore {

	private final JdbcClient jdbc;
	private final Clock clock;

	PostgresDocumentStore(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	@Override
	@Transactional
	public StoredDocument store(byte[] content, String mediaType) {
		Objects.requireNonNull(content, "content");
		if (mediaType == null || mediaType.isBlank()) {
			throw new IllegalArgumentException("a document is stored with its media type");
		}
		DocumentId id = DocumentId.of(content);
		// PostgreSQL keeps microseconds: what is returned now is what is read later.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		// Two requests storing the same bytes at once: the second waits for the first and then adds nothing.
		int added = jdbc.sql("INSERT INTO documents_content (sha256, media_type, size, content, stored_at) "
						+ "VALUES (:sha256, :mediaType, :size, :content, :storedAt) ON CONFLICT (sha256) DO NOTHING")
				.param("sha256", id.sha256())
				.param("mediaType", mediaType.strip())
				.param("size", (long) content.length)
				.param("content", content)
				.param("storedAt", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		if (added == 1) {
			return new StoredDocument(id, mediaType.strip(), content.length, now);
		}
		return find(id).orElseThrow(() -> new IllegalStateException("document " + id.sha256() + " was neither added nor found"));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredDocument> find(DocumentId id) {
		return jdbc.sql("SELECT media_type, size, stored_at FROM documents_content WHERE sha256 = :sha256")
				.param("sha256", id.sha256())
				.query((row, number) -> new StoredDocument(id, row.getString("media_type"), row.getLong("size"),
						row.getObject("stored_at", OffsetDateTime.class).toInstant()))
				.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<byte[]> content(DocumentId id) {
		Optional<byte[]> content = jdbc.sql("SELECT content FROM documents_content WHERE sha256 = :sha256")
				.param("sha256", id.sha256())
				.query((row, number) -> row.getBytes("content"))
				.optional();
		content.ifPresent(bytes -> {
			if (!id.matches(bytes)) {
				throw new DocumentCorruptedException(id);
			}
		});
		return content;
	}
}
