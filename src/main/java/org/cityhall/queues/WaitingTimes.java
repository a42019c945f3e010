package org.cityhall.queues;

import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long entries have waited for an alternative: the median number of days from the queue date to
 * the accepted offer, over the offers accepted in the last year. Public, so that parents can choose
 * where they are likely to get a place.
 */
@Component
public class WaitingTimes {

	private final JdbcClient jdbc;

	WaitingTimes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The median wait in days; empty when no offer there was accepted in the last year. */
	public OptionalInt medianDays(String alternativeId) {
		return jdbc.sql("""
				SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (o.answered_at AT TIME ZONE 'Europe/Stockholm')::date - e.queue_date)
				FROM queues_offer o JOIN queues_entry e ON e.id = o.entry_id
				WHERE o.alternative_id = ? AND o.status = 'accepted' AND o.answered_at > now() - interval '1 year'""")
				.param(alternativeId)
				.query((rs, row) -> rs.getObject(1) == null ? OptionalInt.empty() : OptionalInt.of((int) Math.round(rs.getDouble(1))))
				.single();
	}
}
