package org.cityhall.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.shared.LocalizedText;

/**
 * A vehicle's owner, user or traffic status differs from the previous import, or the vehicle
 * entered or left the city's register. A vehicle that left it is published with no owner, no
 * user and not in traffic.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when the import that saw the change ran
 * @param plate the normalised registration number, {@code ABC123}
 * @param owner the owner's 12-digit personal identity number or 10-digit organisation number;
 *        {@code null} when the vehicle left the register
 * @param user the leasing user's 12-digit personal identity number, {@code null} when there is none
 * @param inTraffic whether the vehicle may now be driven
 */
public record VehicleChanged(UUID eventId, Instant occurredAt, String plate, String owner, String user,
		boolean inTraffic) implements Archivable {

	public VehicleChanged {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(plate, "plate");
	}

	/** Filed about the owner, under the plate as its matter; a vehicle that left the register has no subject. */
	@Override
	public ArchiveEntry archiveEntry() {
		ArchiveEntry.Builder entry = ArchiveEntry.of("vehicle-changed:" + eventId, "identity.vehicle-changed", occurredAt)
				.matter(plate)
				.title(new LocalizedText("Fordon " + plate + " ändrat i fordonsregistret", "Vehicle " + plate + " changed in the vehicle register"))
				.retention(IdentityRecords.REGISTER_CHANGES);
		if (owner != null) {
			entry.subject(IdentityRecords.party(owner));
		}
		return entry.build();
	}

	/** Whether the vehicle left the city's register. */
	public boolean leftRegister() {
		return owner == null;
	}
}
