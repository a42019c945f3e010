package org.cityhall.billing.peppol;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.cityhall.billing.AccessPoint;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the invoices and credit notes to organisations through the access point, once each, after they
 * have passed the Peppol rules. The invoicing run queues them (status {@code PENDING} in {@code billing_peppol_delivery},
 * in the run's own transaction, so none is lost); this takes the queued ones in turn, every few seconds,
 * each node its own (rows locked, others skipped). One that does not pass is not sent: it is recorded
 * with the rules it broke and logged as an error for staff, since the receiver would only refuse it.
 */
@Component
public class PeppolDelivery {

	private static final Logger log = LoggerFactory.getLogger(PeppolDelivery.class);

	private final Invoices invoices;
	private final PeppolInvoices peppol;
	private final PeppolValidator validator;
	private final AccessPoint accessPoint;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	PeppolDelivery(Invoices invoices, PeppolInvoices peppol, PeppolValidator validator, AccessPoint accessPoint, JdbcClient jdbc,
			TransactionTemplate transactions, ObjectProvider<Clock> clock) {
		this.invoices = invoices;
		this.peppol = peppol;
		this.validator = validator;
		this.accessPoint = accessPoint;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	@Scheduled(fixedDelayString = "${cityhall.billing.access-point.interval:5s}", initialDelayString = "PT10S")
	void sendPending() {
		while (Boolean.TRUE.equals(transactions.execute(status -> next().map(id -> {
			deliver(id);
			return true;
		}).orElse(false)))) {
			// one invoice per transaction, until none is pending
		}
	}

	private java.util.Optional<UUID> next() {
		return jdbc.sql("SELECT invoice_id FROM billing_peppol_delivery WHERE status = 'PENDING' ORDER BY at LIMIT 1 FOR UPDATE SKIP LOCKED")
				.query(UUID.class).optional();
	}

	/**
	 * Validates and sends a queued invoice, unless it was sent or refused before.
	 *
	 * @return the rules it broke; empty when it was sent (now or before)
	 */
	@Transactional
	public List<String> deliver(UUID invoiceId) {
		String status = jdbc.sql("SELECT status FROM billing_peppol_delivery WHERE invoice_id = :id FOR UPDATE").param("id", invoiceId)
				.query(String.class).optional().orElse("NONE");
		if (!status.equals("PENDING")) {
			return List.of();
		}
		InvoiceView invoice = invoices.find(invoiceId).orElseThrow(() -> new IllegalArgumentException("no invoice " + invoiceId));
		byte[] xml = invoice.kind() == InvoiceView.Kind.CREDIT_NOTE
				? peppol.xml(invoice, invoices.find(invoice.credits()).orElseThrow(() -> new IllegalStateException("credit note "
						+ invoice.number() + " credits no invoice")))
				: peppol.xml(invoice);
		List<String> errors = validator.errors(xml);
		jdbc.sql("UPDATE billing_peppol_delivery SET status = :status, errors = :errors, at = :at WHERE invoice_id = :id")
				.param("id", invoiceId)
				.param("status", errors.isEmpty() ? "SENT" : "REFUSED")
				.param("errors", errors.isEmpty() ? null : String.join("\n", errors))
				.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.update();
		if (!errors.isEmpty()) {
			log.error("Invoice {} breaks the Peppol rules and is not sent: {}", invoice.number(), errors);
			return errors;
		}
		// Within the transaction: if the hand-over fails, the invoice stays pending and is tried again.
		accessPoint.send(invoice.number(), PeppolInvoices.SWEDISH_ORGANISATION_NUMBER + ":" + invoice.payer().id(), xml);
		return List.of();
	}

	@Configuration(proxyBeanMethods = false)
	static class DefaultAccessPoint {

		@Bean
		@ConditionalOnMissingBean(AccessPoint.class)
		AccessPoint folderAccessPoint(@Value("${cityhall.billing.access-point.folder}") Path folder) {
			return new FolderAccessPoint(folder);
		}
	}
}
