package org.cityhall.insights;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.catalogue.EService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history before insights listened: the cases submitted and decided as the e-archive filed their
 * events ({@code cases.submitted}, {@code cases.decided}), read once in the archive's order after start,
 * a page at a time, remembering how far it got. Facts are keyed by the case, so a case both backfilled
 * and heard live counts once. Drafts are not filed in the archive, so abandoned drafts start with this
 * module.
 */
@Component
class ArchiveBackfill {

	private static final Logger LOG = LoggerFactory.getLogger(ArchiveBackfill.class);
	private static final int PAGE = 1_000;

	private final ArchiveRecords archive;
	private final AdoptionFacts facts;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final JsonMapper json;

	ArchiveBackfill(ArchiveRecords archive, AdoptionFacts facts, JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json) {
		this.archive = archive;
		this.facts = facts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Thread thread = new Thread(() -> {
			try {
				long read = backfill();
				if (read > 0) {
					LOG.info("insights: backfilled {} archive records", read);
				}
			}
			catch (RuntimeException e) {
				LOG.warn("insights: the backfill from the archive stopped and resumes at the next start", e);
			}
		}, "insights-backfill");
		thread.setDaemon(true);
		thread.start();
	}

	/** Reads the archive up to its head as it is now; answers how many records were read. */
	long backfill() {
		long head = archive.head();
		long read = 0;
		while (true) {
			Long done = transactions.execute(status -> page(head));
			if (done == null || done == 0) {
				return read;
			}
			read += done;
		}
	}

	private long page(long head) {
		Optional<Long> from = jdbc.sql("SELECT sequence FROM insights_backfill WHERE finished_at IS NULL FOR UPDATE")
				.query(Long.class).optional();
		if (from.isEmpty()) {
			return 0;
		}
		if (from.get() >= head) {
			jdbc.sql("UPDATE insights_backfill SET finished_at = now()").update();
			return 0;
		}
		List<ArchivedRecord> records = archive.after(from.get(), PAGE);
		long last = from.get();
		for (ArchivedRecord record : records) {
			if (record.sequence() > head) {
				break;
			}
			count(record);
			last = record.sequence();
		}
		jdbc.sql("UPDATE insights_backfill SET sequence = ?").param(last).update();
		return Math.max(1, last - from.get());
	}

	void count(ArchivedRecord record) {
		if (!"cases".equals(record.sourceModule()) || record.content().isEmpty()) {
			return;
		}
		boolean submitted = record.recordType().equals("cases.submitted");
		if (!submitted && !record.recordType().equals("cases.decided")) {
			return;
		}
		JsonNode content = json.readTree(record.content().get());
		UUID caseId = UUID.fromString(content.path("caseId").path("value").asString());
		Instant at = record.occurredAt();
		if (submitted) {
			facts.submitted(caseId, content.path("eserviceId").asString(), content.path("department").asString(),
					EService.Channel.valueOf(content.path("channel").asString()), at);
		}
		else {
			facts.decided(caseId, at);
		}
	}
}
