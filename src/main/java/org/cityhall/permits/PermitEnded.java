package org.cityhall.permits;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.ArchiveEntry;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * The permit ends on a day: the holder ended it, staff did, or the holder moved out of its zone (then at
 * the end of the paid period). Closes the permit's matter in the archive.
 *
 * @param reason {@code HOLDER}, {@code MOVED} or {@code STAFF}
 * @param lastDay the last day the permit runs, ISO
 */
public record PermitEnded(UUID eventId, String reference, Party.Person holder, String zone, String plate, String reason,
		String lastDay, Instant at) implements PermitEvent {

	@Override
	public String what() {
		return reason.equals("MOVED") ? "ended-moved" : "ended";
	}

	@Override
	public Optional<String> detail() {
		return Optional.of(lastDay);
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("permits-ended:" + eventId, "permits.ended", at)
				.subject(holder)
				.matter(reference)
				.department("traffic")
				.title(new LocalizedText("Boendeparkering " + zone + " upphör " + lastDay, "Residents' parking " + zone + " ends " + lastDay))
				.retention(RETENTION)
				.closesMatter()
				.build();
	}
}
