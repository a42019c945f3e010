package org.cityhall.billing.peppol;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.billing.AccessPoint;
import org.cityhall.billing.Fees;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.TestPayers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An organisation's invoice goes out through the access point (a folder by default), validated, once. */
@CityHallWebTest
class PeppolDeliveryTest {

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	@Autowired
	AccessPoint accessPoint;

	@Autowired
	PeppolDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIssuedInvoiceToAnOrganisationIsWrittenToTheAccessPointsFolderOnce() throws Exception {
		Party.Organisation company = new Party.Organisation(OrganisationNumber.parse("5560360793"), "Bygg AB");
		fees.incur(company, TestPayers.randomMatter(), new LocalizedText("Bygglov", "Building permit"), Money.sek("12000"),
				new BigDecimal("0.25"));
		UUID id = invoicing.runFor(company, LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1)).get(0);
		InvoiceView invoice = invoices.find(id).orElseThrow();
		Path folder = ((FolderAccessPoint) accessPoint).folder();

		// Sent (the file is written in the transaction that marks it so): the folder may keep a file of an earlier run's
		// invoice of the same number.
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "SENT".equals(jdbc.sql(
				"SELECT status FROM billing_peppol_delivery WHERE invoice_id = :id").param("id", id).query(String.class).single()));

		String xml = Files.readString(folder.resolve(invoice.number() + ".xml"), StandardCharsets.UTF_8);
		assertThat(xml).contains("<cbc:ID>" + invoice.number() + "</cbc:ID>", invoice.ocr().value());
		assertThat(Files.readString(folder.resolve(invoice.number() + ".receiver"))).isEqualTo("0007:5560360793");
		assertThat(jdbc.sql("SELECT status FROM billing_peppol_delivery WHERE invoice_id = :id").param("id", id).query(String.class).single())
				.isEqualTo("SENT");
		Files.delete(folder.resolve(invoice.number() + ".xml"));
		assertThat(delivery.deliver(id)).isEmpty();
		assertThat(folder.resolve(invoice.number() + ".xml")).doesNotExist();
	}
}
