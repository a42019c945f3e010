package org.cityhall.identity.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityhall.identity.GuardianshipEnded;
import org.cityhall.identity.GuardianshipGranted;
import org.cityhall.identity.PersonMoved;
import org.cityhall.identity.ProtectedIdentityChanged;
import org.cityhall.identity.VehicleChanged;
import org.cityhall.shared.Address;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/** The events survive the event publication registry, which keeps them serialised until every listener has run. */
@CityHallWebTest
class RegisterEventsSerialisationTest {

	@Autowired
	EventSerializer serializer;

	@Test
	void everyRegisterEventReadsBackAsItWasWritten() {
		PersonalIdentityNumber child = TestExtract.newChild();
		PersonalIdentityNumber guardian = TestExtract.newAdult();
		Instant now = Instant.now();
		List<Object> events = List.of(
				new PersonMoved(UUID.randomUUID(), now, guardian, new Address("Götgatan 22", "11846", "Stockholm"),
						new Address("Odengatan 5", "11322", "Stockholm"), "Södermalm", "Norrmalm", false),
				new GuardianshipGranted(UUID.randomUUID(), now, child, guardian),
				new GuardianshipEnded(UUID.randomUUID(), now, child, guardian),
				new ProtectedIdentityChanged(UUID.randomUUID(), now, guardian, true),
				new VehicleChanged(UUID.randomUUID(), now, "ABC123", guardian.value(), null, true));

		for (Object event : events) {
			Object serialised = serializer.serialize(event);
			assertThat(serializer.deserialize(serialised, event.getClass())).as(serialised.toString()).isEqualTo(event);
		}
	}
}
