package org.cityhall.archive.filing;

import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.chain.CanonicalJson;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files every {@link Archivable} event as a record at the end of the chain, once. The listener runs
 * from the event publication registry: a crash between the business commit and the filing leaves the
 * publication incomplete, and it is handed over again on restart (or by the periodic resubmission);
 * the record's key makes the second handing a no-op.
 * <p>
 * The chain's head ({@code archive_chain}) is locked while records are appended ({@link ChainSequencer},
 * in batches), so records take sequences one after another, without gaps, in the order they commit: a
 * reader never sees record N + 1 before record N.
 * <p>
 * The appending transaction commits without waiting for its WAL flush ({@code synchronous_commit =
 * off}), since the head stays locked until it commits. Nothing is lost by it: the event publication is
 * completed in a later transaction that does wait, and the WAL is flushed in order, so a publication
 * marked complete always has its record on disk; a crash before the flush loses the record, the head's
 * move and the completion together, and the event is filed again on restart under the same sequence.
 * (A reader may, in that window, have seen a record that is filed again after the crash with another
 * id: followers such as the search index check ids, not only sequences.)
 */
@Service
public class FilingRecords {

	private static final String MODULE_ROOT = "org.cityhall.";

	private final JsonMapper json;
	private final ChainSequencer sequencer;

	FilingRecords(JsonMapper json, ChainSequencer sequencer) {
		this.json = json;
		this.sequencer = sequencer;
	}

	/**
	 * Files the event from its publication. Not in a transaction of its own: the record is filed in the
	 * sequencer's, and a listener that held a connection while it waited would take one from the pool
	 * the sequencer needs.
	 */
	@Async
	@TransactionalEventListener
	void on(Archivable event) {
		file(event);
	}

	/**
	 * Files the event, unless a record with its key is filed already. The record is committed when this
	 * returns, in a transaction of its own (whatever transaction the caller is in), together with others
	 * filed at the same time.
	 * @return the record's id and sequence, new or already there
	 */
	public Filed file(Archivable event) {
		// No look for the key first: the sequencer checks it as it appends, and answers with the record
		// filed before, so a new record costs no round trip more than its batch's.
		ArchiveEntry entry = event.archiveEntry();
		String content = CanonicalJson.of(json.valueToTree(event));
		return sequencer.append(entry, sourceModule(event.getClass()), content);
	}

	/**
	 * Files an entry whose content is already canonical JSON, as the listener does: for the benchmark,
	 * which files records without building events.
	 */
	public Filed fileAlone(ArchiveEntry entry, String sourceModule, String canonicalContent) {
		return sequencer.append(entry, sourceModule, canonicalContent);
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

	/**
	 * A record's place.
	 * @param added whether this call filed it; false when it was filed before
	 */
	public record Filed(UUID id, long sequence, boolean added) {
	}
}
