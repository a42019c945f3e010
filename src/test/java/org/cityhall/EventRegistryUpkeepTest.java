package org.cityhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;

/** Completed event publications are deleted after the week they are kept; work still to do never is. */
@CityHallWebTest
class EventRegistryUpkeepTest {

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Test
	void completedPublicationsOlderThanTheWeekGoAndTheRestStay() {
		String listener = "org.cityhall.EventRegistryUpkeepTest.listener-" + UUID.randomUUID();
		Instant now = Instant.now();
		UUID doneLongAgo = publication(listener, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(10)));
		UUID doneYesterday = publication(listener, now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)));
		UUID neverDone = publication(listener, now.minus(Duration.ofDays(10)), null);

		try {
			new EventRegistryUpkeep(incomplete, completed, Duration.ofMinutes(5), Duration.ofDays(7)).purgeCompleted();

			assertThat(jdbc.sql("SELECT id FROM event_publication WHERE listener_id = ?").param(listener).query(UUID.class).list())
					.containsExactlyInAnyOrder(doneYesterday, neverDone)
					.doesNotContain(doneLongAgo);
		}
		finally {
			// No listener of this name exists to hand the incomplete one to again.
			jdbc.sql("DELETE FROM event_publication WHERE listener_id = ?").param(listener).update();
		}
	}

	private UUID publication(String listener, Instant published, Instant completedAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status)
				VALUES (?, ?, 'java.lang.String', ?, ?, ?, ?)""")
				.params(id, listener, "\"" + id + "\"", Timestamp.from(published),
						completedAt == null ? null : Timestamp.from(completedAt), completedAt == null ? "PUBLISHED" : "COMPLETED")
				.update();
		return id;
	}
}
