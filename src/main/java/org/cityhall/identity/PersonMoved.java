package org.cityhall.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.archive.Audience;
import org.cityhall.shared.Address;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A resident's registered address changed between two imports of the population register
 * (flyttning inom kommunen). Someone arriving in or leaving the city publishes no such event.
 * <p>
 * For a person with a protected identity the addresses and districts are as confidential as in
 * the register: a listener may use them to decide, never to show or send them. Look the person
 * up in the {@link PopulationRegister} before doing anything visible. The e-archive keeps the
 * addresses in the record's content, never in its title, and files the move of a person with a
 * protected identity for staff only.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when the import that saw the change ran
 * @param protectedIdentity whether the person's identity is protected (after this import)
 */
public record PersonMoved(UUID eventId, Instant occurredAt, PersonalIdentityNumber number, Address from, Address to,
		String fromDistrict, String toDistrict, boolean protectedIdentity) implements Archivable {

	public PersonMoved {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(fromDistrict, "fromDistrict");
		Objects.requireNonNull(toDistrict, "toDistrict");
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("person-moved:" + eventId, "identity.person-moved", occurredAt)
				.subject(new Party.Person(number, null))
				.title(new LocalizedText("Ny folkbokföringsadress", "Registered address changed"))
				.retention(IdentityRecords.REGISTER_CHANGES)
				.audience(protectedIdentity ? Audience.STAFF_ONLY : Audience.SUBJECT)
				.build();
	}

	/** Whether the move crossed into another district. */
	public boolean changedDistrict() {
		return !fromDistrict.equals(toDistrict);
	}
}
