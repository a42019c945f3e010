package org.cityhall.queues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The law's four months (skollagen 8 kap. 14 §): a child gets a pre-school place by the later of the
 * application date plus four months and the wished start. An entry still waiting within
 * {@code cityhall.queues.guarantee-warning-days} (30) of that day is at risk, and shown so to the
 * district's administrators; the report counts how many placed children got their place in time.
 */
@Component
public class PreschoolGuarantee {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final JdbcClient jdbc;
	private final Clock clock;
	private final int warningDays;

	PreschoolGuarantee(JdbcClient jdbc, Clock clock, @Value("${cityhall.queues.guarantee-warning-days:30}") int warningDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.warningDays = warningDays;
	}

	/** Whether the entry waits with its guarantee date near or passed. */
	public boolean atRisk(Entry entry) {
		return atRisk(entry, LocalDate.now(clock.withZone(SWEDEN)));
	}

	boolean atRisk(Entry entry, LocalDate today) {
		return entry.isWaiting() && entry.guaranteeDate().filter(date -> !date.minusDays(warningDays).isAfter(today)).isPresent();
	}

	/**
	 * How the guarantee went for the queue: entries placed, of them placed in a place available by their
	 * guarantee date, and entries waiting at risk now.
	 */
	public Report report(String queueId) {
		LocalDate warnFrom = LocalDate.now(clock.withZone(SWEDEN)).plusDays(warningDays);
		return jdbc.sql("""
				SELECT count(DISTINCT e.id) FILTER (WHERE o.id IS NOT NULL) AS placed,
				       count(DISTINCT e.id) FILTER (WHERE o.id IS NOT NULL AND p.available_from <= e.guarantee_date) AS met,
				       count(DISTINCT e.id) FILTER (WHERE e.status = 'waiting' AND e.guarantee_date <= ?) AS at_risk
				FROM queues_entry e
				LEFT JOIN queues_offer o ON o.entry_id = e.id AND o.status = 'accepted'
				LEFT JOIN queues_place p ON p.id = o.place_id
				WHERE e.queue_id = ? AND e.guarantee_date IS NOT NULL""")
				.params(warnFrom, queueId)
				.query((rs, row) -> new Report(rs.getInt("placed"), rs.getInt("met"), rs.getInt("at_risk"))).single();
	}

	/** The guarantee report's figures. */
	public record Report(int placed, int metGuarantee, int waitingAtRisk) {
	}
}
