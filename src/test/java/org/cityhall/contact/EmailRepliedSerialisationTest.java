package org.cityhall.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * A reply survives the event publication registry, which keeps it serialised until notifications and the archive
 * have taken it; one kept before replies named the e-mail they answer reads back as naming none.
 */
@CityHallWebTest
class EmailRepliedSerialisationTest {

	@Autowired
	EventSerializer serializer;

	@Test
	void aReplyReadsBackAsItWasWrittenWithOrWithoutTheEmailItAnswers() {
		for (Optional<String> inReplyTo : java.util.List.of(Optional.of("<" + UUID.randomUUID() + "@example.org>"),
				Optional.<String>empty())) {
			EmailReplied replied = new EmailReplied(UUID.randomUUID(), "general", "sender@example.org", "Parkering", "Hej!",
					"contact-centre-agent", Instant.parse("2026-11-28T09:00:00Z"), inReplyTo);

			Object serialised = serializer.serialize(replied);

			assertThat(serializer.deserialize(serialised, EmailReplied.class)).as(serialised.toString()).isEqualTo(replied);
		}
	}

	@Test
	void aReplyKeptBeforeRepliesNamedTheirEmailNamesNone() {
		String kept = """
				{"contactId":"0193d1c2-7a10-7c3e-9d1e-2f3a4b5c6d7e","queue":"general","to":"sender@example.org",
				 "subject":"Parkering","reply":"Hej!","agentId":"contact-centre-agent","at":"2026-11-28T09:00:00Z"}""";

		EmailReplied read = serializer.deserialize(kept, EmailReplied.class);

		assertThat(read.inReplyTo()).isEmpty();
		assertThat(read.reply()).isEqualTo("Hej!");
	}
}
