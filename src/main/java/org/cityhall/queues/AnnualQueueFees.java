package org.cityhall.queues;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.cityhall.billing.Fees;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.Fee;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The housing queue's annual fee after the first year: on each anniversary of joining, a member still
 * waiting owes the fee of the queue's e-service again. The fee at joining is incurred by the application
 * itself; each later year is incurred here once, under the member's reference, with the year in its
 * text ("år 2", "year 2"), so billing tells the years apart and a second run charges nothing twice.
 * Runs every night on one node at a time.
 */
@Component
public class AnnualQueueFees {

	/** At most this many members are charged in one transaction. */
	static final int BATCH = 500;

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final Queues queues;
	private final Catalogue catalogue;
	private final Fees fees;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	AnnualQueueFees(Queues queues, Catalogue catalogue, Fees fees, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.queues = queues;
		this.catalogue = catalogue;
		this.fees = fees;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${cityhall.queues.annual-fee-cron:0 30 2 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "queues-annual-fees")
	void nightly() {
		charge();
	}

	/**
	 * Incurs the annual fee for every waiting housing member whose year of membership has begun and is not
	 * charged yet.
	 *
	 * @return how many fees were incurred
	 */
	public int charge() {
		Queue queue = queues.queue(HousingListings.QUEUE).orElseThrow();
		Fee fee = queue.eserviceId().flatMap(catalogue::find).flatMap(eservice -> eservice.fee()).orElse(null);
		if (fee == null) {
			return 0;
		}
		LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
		int charged = 0;
		while (true) {
			Integer done = transactions.execute(status -> chargeBatch(fee, today));
			charged += done;
			if (done < BATCH) {
				return charged;
			}
		}
	}

	private int chargeBatch(Fee fee, LocalDate today) {
		// The members whose current year of membership (counted from the day they joined) has no fee yet.
		List<Due> due = jdbc.sql("""
				SELECT e.id, e.reference, e.registered_at,
				       (extract(year FROM age(:today, (e.registered_at AT TIME ZONE 'Europe/Stockholm')::date)))::int AS year
				FROM queues_entry e
				WHERE e.queue_id = 'housing' AND e.status = 'waiting' AND e.applicant_type = 'person'
				  AND (e.registered_at AT TIME ZONE 'Europe/Stockholm')::date <= :today - interval '1 year'
				  AND NOT EXISTS (SELECT 1 FROM queues_annual_fee f WHERE f.entry_id = e.id
				                  AND f.year = extract(year FROM age(:today, (e.registered_at AT TIME ZONE 'Europe/Stockholm')::date)))
				ORDER BY e.id
				LIMIT :batch
				FOR UPDATE OF e SKIP LOCKED
				""").param("today", today).param("batch", BATCH)
				.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getString("reference"),
						rs.getTimestamp("registered_at").toInstant().atZone(SWEDEN).toLocalDate(), rs.getInt("year")))
				.list();
		for (Due member : due) {
			Entry entry = queues.entry(member.id()).orElseThrow();
			LocalDate from = member.joined().plusYears(member.year());
			LocalDate to = from.plusYears(1).minus(1, ChronoUnit.DAYS);
			LocalizedText what = new LocalizedText(
					fee.description().sv() + " (år " + (member.year() + 1) + ", " + from + "–" + to + ")",
					fee.description().en() + " (year " + (member.year() + 1) + ", " + from + " to " + to + ")");
			UUID feeId = fees.incur(entry.applicant(), member.reference(), what, Money.sek(fee.amount()), fee.vatRate());
			jdbc.sql("INSERT INTO queues_annual_fee (entry_id, year, fee_id, incurred_at) VALUES (?, ?, ?, ?)")
					.params(member.id(), member.year(), feeId, Timestamp.from(clock.instant())).update();
		}
		return due.size();
	}

	private record Due(UUID id, String reference, LocalDate joined, int year) {
	}
}
