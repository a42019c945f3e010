package org.cityhall.billing.peppol;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.cityhall.billing.AccessPoint;
import org.cityhall.billing.InvoiceIssued;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.shared.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends each invoice to an organisation through the access point, once, after it has passed the Peppol
 * rules. One that does not pass is not sent: it is recorded with the rules it broke and logged as an error
 * for staff, since sending it would only have it refused by the receiver.
 */
@Component
public class PeppolDelivery {

	private static final Logger log = LoggerFactory.getLogger(PeppolDelivery.class);

	private final Invoices invoices;
	private final PeppolInvoices peppol;
	private final PeppolValidator validator;
	private final AccessPoint accessPoint;
	private final JdbcClient jdbc;
	private final Clock clock;

	PeppolDelivery(Invoices invoices, PeppolInvoices peppol, PeppolValidator validator, AccessPoint accessPoint, JdbcClient jdbc,
			ObjectProvider<Clock> clock) {
		this.invoices = invoices;
		this.peppol = peppol;
		this.validator = validator;
		this.accessPoint = accessPoint;
		this.jdbc = jdbc;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	@ApplicationModuleListener
	void on(InvoiceIssued issued) {
		if (issued.kind() == InvoiceView.Kind.INVOICE && issued.payer() instanceof Party.Organisation) {
			deliver(issued.invoiceId());
		}
	}

	/**
	 * Validates and sends the invoice, unless it was sent or refused before.
	 *
	 * @return the rules it broke; empty when it was sent (now or before)
	 */
	@Transactional
	public List<String> deliver(UUID invoiceId) {
		InvoiceView invoice = invoices.find(invoiceId).orElseThrow(() -> new IllegalArgumentException("no invoice " + invoiceId));
		byte[] xml = peppol.xml(invoice);
		List<String> errors = validator.errors(xml);
		int claimed = jdbc.sql("""
				INSERT INTO billing_peppol_delivery (invoice_id, status, errors, at) VALUES (:id, :status, :errors, :at)
				ON CONFLICT (invoice_id) DO NOTHING
				""")
				.param("id", invoiceId)
				.param("status", errors.isEmpty() ? "SENT" : "REFUSED")
				.param("errors", errors.isEmpty() ? null : String.join("\n", errors))
				.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.update();
		if (claimed == 0) {
			return List.of();
		}
		if (!errors.isEmpty()) {
			log.error("Invoice {} breaks the Peppol rules and is not sent: {}", invoice.number(), errors);
			return errors;
		}
		// Within the transaction: if the hand-over fails, the claim is rolled back and the event tried again.
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
