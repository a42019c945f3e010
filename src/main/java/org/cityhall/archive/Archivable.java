package org.cityhall.archive;

/**
 * An event that is a record of a transaction with the city: a case submitted, a decision, a
 * message, a consent given, a queue offer, a booking, a payment. A module's event implements this
 * interface and is published as usual, inside the business transaction; the archive files it from
 * the event publication registry, once, however often it is delivered.
 * <pre>{@code
 * record CaseDecided(UUID eventId, CaseNumber number, Party applicant, ..., Instant at) implements Archivable {
 *     public ArchiveEntry archiveEntry() {
 *         return ArchiveEntry.of("case-decided:" + eventId, "cases.decided", at)
 *                 .subject(applicant).matter(number.value()).department(department)
 *                 .title(new LocalizedText("Beslut i ärende " + number, "Decision in case " + number))
 *                 .retention(retention).closesMatter().documents(decisionPdf).build();
 *     }
 * }
 * }</pre>
 * The event itself, as JSON with its keys sorted, is the record's content. Only the record's
 * components are stored with the event, so {@link #archiveEntry()} must compute its answer from them.
 */
public interface Archivable {

	/** How the event is filed: its type, subject, matter, title, retention and audience. */
	ArchiveEntry archiveEntry();
}
