package org.cityhall.archive.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.chain.RecordRows;
import org.cityhall.archive.jdbc.JdbcArchiveRecords;
import org.cityhall.documents.DocumentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The archive's exports as E-ARK SIPs: a matter, an e-service's records in a period, and everything
 * filed about one person. Records are read from the database a few hundred at a time as the package
 * is written, so an export of many records needs little memory. Whoever calls decides who may export
 * what and audits it.
 */
@Service
public class ArchiveExports {

	private static final String SELECT = "SELECT " + RecordRows.COLUMNS + " FROM archive_record ";

	private final NamedParameterJdbcTemplate jdbc;
	private final SipWriter writer;

	ArchiveExports(DataSource dataSource, DocumentStore documents, @Value("${cityhall.city.name.sv}") String city,
			@Value("${cityhall.archive.export.creator-id}") String creatorId) {
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		// PostgreSQL sends rows in batches of this size to a read-only transaction, rather than all at once.
		streaming.setFetchSize(200);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.writer = new SipWriter(documents, new PackageCreator(city, creatorId, ArchiveExports.class.getPackage().getImplementationVersion()));
	}

	/** A matter's records, whole and disposed. */
	@Transactional(readOnly = true)
	public void matter(String matter, OutputStream out) throws IOException {
		write("matter", "Ärende " + matter + " / Matter " + matter, "WHERE matter = :matter", Map.of("matter", matter), out);
	}

	/** The records of an e-service's matters that occurred in a period, {@code from} inclusive, {@code to} exclusive. */
	@Transactional(readOnly = true)
	public void eservice(String eserviceId, Instant from, Instant to, OutputStream out) throws IOException {
		write("eservice", "E-tjänst " + eserviceId + " " + from + "–" + to + " / E-service " + eserviceId,
				"WHERE content IS NOT NULL AND (content::jsonb ->> 'eserviceId') = :eservice AND occurred_at >= :from AND occurred_at < :to",
				Map.of("eservice", eserviceId, "from", utc(from), "to", utc(to)), out);
	}

	/**
	 * Everything filed about a person or organisation: the records whose subject they are.
	 * @param withStaffOnly whether officers' internal records are included: a staff export may; the
	 * subject's own download does not, since such records are released only after an officer's review
	 */
	@Transactional(readOnly = true)
	public void subject(String subjectId, boolean withStaffOnly, OutputStream out) throws IOException {
		write("subject", "Handlingar om en person / Records about a person",
				"WHERE subject_id = :subject" + (withStaffOnly ? "" : " AND audience <> 'STAFF_ONLY'"), Map.of("subject", subjectId), out);
	}

	/** How many records an e-service's export for the period would hold. */
	@Transactional(readOnly = true)
	public long countEservice(String eserviceId, Instant from, Instant to) {
		return jdbc.queryForObject("SELECT count(*) FROM archive_record WHERE content IS NOT NULL "
						+ "AND (content::jsonb ->> 'eserviceId') = :eservice AND occurred_at >= :from AND occurred_at < :to",
				new MapSqlParameterSource(Map.of("eservice", eserviceId, "from", utc(from), "to", utc(to))), Long.class);
	}

	private void write(String kind, String label, String where, Map<String, ?> params, OutputStream out) throws IOException {
		try (Stream<ArchivedRecord> records = jdbc.queryForStream(SELECT + where + " ORDER BY sequence",
				new MapSqlParameterSource(params), RecordRows.MAPPER).map(JdbcArchiveRecords::record)) {
			Iterator<ArchivedRecord> iterator = records.iterator();
			writer.write("cityhall-" + kind + "-" + UuidCreator.getTimeOrderedEpoch(), label, () -> iterator, out);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
