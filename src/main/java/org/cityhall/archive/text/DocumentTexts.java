package org.cityhall.archive.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.documents.DocumentCorruptedException;
import org.cityhall.documents.DocumentId;
import org.cityhall.documents.DocumentStore;
import org.cityhall.documents.StoredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The text of the archive's documents, for the archivists' search. Text is extracted once per
 * document (PDF by PDFBox, plain text as it is) by a job that follows the archive's sequence, and kept
 * in {@code archive_document_text} under a full-text index: a search then reads an index rather than
 * parsing PDFs, however many records the archive holds, and a document filed with many records is read
 * once. Documents of other kinds (images) have no text and are kept with an empty one, so they are not
 * read again.
 */
@Service
public class DocumentTexts {

	/** Records read per step of following the archive. */
	static final int BATCH = 200;

	/** Text kept per document; the rest of a very long document is not searched. */
	static final int MAX_CHARACTERS = 1_000_000;

	private static final Logger LOG = LoggerFactory.getLogger(DocumentTexts.class);

	private final JdbcClient jdbc;
	private final ArchiveRecords records;
	private final DocumentStore documents;
	private final Clock clock;
	private final TransactionTemplate transactions;

	DocumentTexts(JdbcClient jdbc, ArchiveRecords records, DocumentStore documents, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.records = records;
		this.documents = documents;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Follows the archive from where it last stopped, on one node at a time. */
	@Scheduled(fixedDelayString = "${cityhall.archive.text.follow-every:30s}", initialDelayString = "${cityhall.archive.text.follow-every:30s}")
	@SchedulerLock(name = "archive-document-text", lockAtMostFor = "PT10M")
	public void followArchive() {
		catchUp();
	}

	/**
	 * Extracts the text of every record's documents filed since the cursor, one batch per transaction.
	 * Safe beside the job on any node: each batch locks the cursor's row first.
	 */
	public void catchUp() {
		while (Boolean.TRUE.equals(transactions.execute(status -> step() == BATCH))) {
			// A full batch: there may be more behind it.
		}
	}

	/** Whether records were filed that this job has not read yet. */
	public boolean behind() {
		return !records.after(cursor(false), 1).isEmpty();
	}

	/** The sequence of the last record read; locked, for the batch that moves it. */
	private long cursor(boolean locked) {
		return jdbc.sql("SELECT sequence FROM archive_text_cursor WHERE singleton" + (locked ? " FOR UPDATE" : ""))
				.query(Long.class).single();
	}

	private int step() {
		List<ArchivedRecord> next = records.after(cursor(true), BATCH);
		for (ArchivedRecord record : next) {
			record.documents().forEach(this::extract);
		}
		if (!next.isEmpty()) {
			jdbc.sql("UPDATE archive_text_cursor SET sequence = :sequence WHERE singleton")
					.param("sequence", next.get(next.size() - 1).sequence()).update();
		}
		return next.size();
	}

	/** Extracts a document's text if it was not yet, as when a record is viewed before the job reached it. */
	@Transactional
	public void extract(DocumentId document) {
		boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM archive_document_text WHERE sha256 = :sha256)")
				.param("sha256", document.sha256()).query(Boolean.class).single();
		if (known) {
			return;
		}
		String text = text(document).orElse("");
		jdbc.sql("INSERT INTO archive_document_text (sha256, extracted_at, text) VALUES (:sha256, :at, :text) "
						+ "ON CONFLICT (sha256) DO NOTHING")
				.param("sha256", document.sha256())
				.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.param("text", text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text)
				.update();
	}

	private Optional<String> text(DocumentId document) {
		Optional<StoredDocument> found = documents.find(document);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		String mediaType = found.get().mediaType();
		try {
			if (mediaType.startsWith("application/pdf")) {
				byte[] bytes = documents.content(document).orElseThrow();
				try (PDDocument pdf = Loader.loadPDF(bytes)) {
					return Optional.of(new PDFTextStripper().getText(pdf).replace('\u0000', ' '));
				}
			}
			if (mediaType.startsWith("text/plain")) {
				return Optional.of(new String(documents.content(document).orElseThrow(), StandardCharsets.UTF_8).replace('\u0000', ' '));
			}
		}
		catch (IOException | DocumentCorruptedException ex) {
			// Verify reports a corrupted document; the search simply does not find it by its text.
			LOG.warn("The text of document {} could not be read: {}", document.sha256(), ex.getMessage());
		}
		return Optional.empty();
	}
}
