package org.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A party written to JSON, as events in the event publication registry are, reads back as the same kind of party. */
class PartyJsonTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyKindOfPartyReadsBackAsItWasWritten() {
		List<Party> parties = List.of(new Party.Person(PersonalIdentityNumber.parse("198804129826"), "Sara Lindqvist"),
				new Party.Organisation(OrganisationNumber.parse("556016-0680"), "Ek Bygg AB"),
				new Party.Visitor("visitor@example.org"),
				new Party.Staff("staff:officer", "Olle Handläggare"));
		for (Party party : parties) {
			String written = json.writeValueAsString(party);
			assertThat(json.readValue(written, Party.class)).as(written).isEqualTo(party);
		}
	}

	@Test
	void everyKindOfPartyReadsBackFromItsKindIdAndNameAndItsKindIsItsJsonKind() {
		List<Party> parties = List.of(new Party.Person(PersonalIdentityNumber.parse("198804129826"), "Sara Lindqvist"),
				new Party.Organisation(OrganisationNumber.parse("556016-0680"), "Ek Bygg AB"),
				new Party.Visitor("visitor@example.org"),
				new Party.Staff("archivist", "Arkivarie"),
				new Party.Anonymous("k3Jx9", "Namn Angivet"));
		for (Party party : parties) {
			String name = party instanceof Party.Visitor ? null : party.displayName();
			assertThat(Party.of(party.kind(), party.id(), name)).isEqualTo(party);
			assertThat(json.writeValueAsString(party)).contains("\"kind\":\"" + party.kind() + "\"");
		}
	}

	@Test
	void aPersonIsWrittenWithItsKindAndTwelveDigits() {
		String written = json.writeValueAsString(new Party.Person(PersonalIdentityNumber.parse("198804129826"), "Sara Lindqvist"));

		assertThat(written).isEqualTo("{\"kind\":\"person\",\"number\":\"198804129826\",\"name\":\"Sara Lindqvist\"}");
	}
}
