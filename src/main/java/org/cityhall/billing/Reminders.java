package org.cityhall.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders (påminnelser): a resident's or visitor's invoice still open some days after its due date gets
 * one reminder, with a new day to pay by. The payer sees it on My pages and is told (inbox, e-mail or text
 * message, as they prefer), and {@link InvoiceReminded} is filed. Organisations' overdue invoices are the
 * finance department's to follow up: Peppol BIS Billing 3.0 has no reminder.
 * No reminder fee is charged: the city has agreed none with its payers. An invoice is reminded once; what
 * follows a reminder unpaid (debt collection) is the finance department's, outside CityHall.
 */
@Service
public class Reminders {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final JdbcClient jdbc;
	private final Invoices invoices;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int daysAfterDue;
	private final int daysToPay;

	Reminders(JdbcClient jdbc, Invoices invoices, ApplicationEventPublisher events, ObjectProvider<Clock> clock,
			@Value("${cityhall.billing.reminders.days-after-due:5}") int daysAfterDue,
			@Value("${cityhall.billing.reminders.days-to-pay:10}") int daysToPay) {
		this.jdbc = jdbc;
		this.invoices = invoices;
		this.events = events;
		this.clock = clock.getIfUnique(Clock::systemUTC);
		this.daysAfterDue = daysAfterDue;
		this.daysToPay = daysToPay;
	}

	@Scheduled(cron = "${cityhall.billing.reminders.cron:0 0 6 * * *}", zone = "Europe/Stockholm")
	void daily() {
		sendDue(LocalDate.now(clock.withZone(SWEDEN)));
	}

	/**
	 * Sends a reminder for every open invoice whose due date was more than the configured days before the day.
	 *
	 * @return the invoices reminded
	 */
	@Transactional
	public List<UUID> sendDue(LocalDate today) {
		Objects.requireNonNull(today, "today");
		LocalDate payBy = today.plusDays(daysToPay);
		List<UUID> reminded = jdbc.sql("""
				UPDATE billing_invoice SET reminded_on = :today, reminder_due_date = :payBy
				WHERE kind = 'INVOICE' AND status = 'OPEN' AND reminded_on IS NULL AND due_date < :latestDue
				  AND payer_kind IN ('PERSON', 'VISITOR')
				RETURNING id
				""")
				.param("today", today)
				.param("payBy", payBy)
				.param("latestDue", today.minusDays(daysAfterDue))
				.query(UUID.class)
				.list();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		for (UUID id : reminded) {
			InvoiceView invoice = invoices.find(id).orElseThrow();
			events.publishEvent(new InvoiceReminded(id, invoice.number(), invoice.payer(), invoice.remaining(), payBy, now));
		}
		return reminded;
	}
}
