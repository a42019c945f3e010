package org.cityhall.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cityhall.shared.Address;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * A resident's registered address changed between two imports of the population register
 * (flyttning inom kommunen). Someone arriving in or leaving the city publishes no such event.
 * <p>
 * For a person with a protected identity the addresses and districts are as confidential as in
 * the register: a listener may use them to decide, never to show or send them. Look the person
 * up in the {@link PopulationRegister} before doing anything visible.
 *
 * @param eventId unique, for listeners to recognise a redelivered event
 * @param occurredAt when the import that saw the change ran
 */
public record PersonMoved(UUID eventId, Instant occurredAt, PersonalIdentityNumber number, Address from, Address to,
		String fromDistrict, String toDistrict) {

	public PersonMoved {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(fromDistrict, "fromDistrict");
		Objects.requireNonNull(toDistrict, "toDistrict");
	}

	/** Whether the move crossed into another district. */
	public boolean changedDistrict() {
		return !fromDistrict.equals(toDistrict);
	}
}
