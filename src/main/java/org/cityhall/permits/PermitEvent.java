package org.cityhall.permits;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.RetentionClass;
import org.cityhall.notifications.Notice;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * Something that happened to a permit. Every such event is filed in the archive under the permit's
 * reference and tells the holder, in the same transaction as the change: texts
 * {@code permits.notice.<what>.subject} and {@code .body} with the reference, the zone, the car and,
 * where the event has one, a fourth argument.
 */
public sealed interface PermitEvent extends Archivable, Notice
		permits PermitGranted, PermitPaid, PermitVehicleChanged, PermitSuspended, PermitResumed, PermitEnded, PermitCorrected {

	/** Permits and their payments are kept as long as the accounting rules keep the fees: seven years. */
	RetentionClass RETENTION = RetentionClass.disposeAfterYears(7);

	UUID eventId();

	/** The permit's reference, its case number. */
	String reference();

	Party.Person holder();

	String zone();

	String plate();

	Instant at();

	/** The event's name in record types and message keys: {@code granted}, {@code paid}, … */
	String what();

	/** A fourth argument for the notice's texts, when the event has one. */
	default Optional<String> detail() {
		return Optional.empty();
	}

	@Override
	default ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("permits-" + what() + ":" + eventId(), "permits." + what(), at())
				.subject(holder())
				.matter(reference())
				.department("traffic")
				.title(new LocalizedText("Boendeparkering " + zone() + ", " + plate(), "Residents' parking " + zone() + ", " + plate()))
				.retention(RETENTION)
				.build();
	}

	@Override
	default String noticeId() {
		return "permits-" + what() + ":" + eventId();
	}

	@Override
	default NoticeRecipient recipient() {
		return NoticeRecipient.person(holder().number());
	}

	@Override
	default String template() {
		return "permits.notice." + what();
	}

	@Override
	default List<String> arguments() {
		return detail().map(detail -> List.of(reference(), zone(), plate(), detail))
				.orElseGet(() -> List.of(reference(), zone(), plate()));
	}

	@Override
	default Optional<String> link() {
		return Optional.of("/my-pages/permits/" + reference());
	}
}
