package org.cityhall.billing.peppol;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.cityhall.billing.FeeStatus;
import org.cityhall.billing.FeeView;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.OcrReference;
import org.cityhall.billing.Seller;
import org.cityhall.billing.invoice.VatAllocation;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Peppol BIS Billing 3.0 invoice CityHall makes passes phive-rules-peppol's checks before it is sent. */
class PeppolInvoicesTest {

	static final Seller SELLER = new Seller("Stockholms stad", "2120000142", "SE212000014201", "991-2346", "Ragnar Östbergs plan 1",
			"105 35", "Stockholm");
	static final Party.Organisation BUYER = new Party.Organisation(OrganisationNumber.parse("5560360793"), "Bygg AB");
	static final PeppolValidator VALIDATOR = new PeppolValidator();

	PeppolInvoices peppol = new PeppolInvoices(SELLER);

	static Stream<List<String[]>> invoices() {
		return Stream.of(
				List.<String[]>of(new String[] {"12000", "0"}),
				List.<String[]>of(new String[] {"1500", "0.25"}, new String[] {"112", "0.12"}, new String[] {"106", "0.06"},
						new String[] {"250", "0"}),
				// Three fees of 33.33 at 25 %, and 0.02 kr at 12 %: the öre of rounding.
				List.<String[]>of(new String[] {"33.33", "0.25"}, new String[] {"33.33", "0.25"}, new String[] {"33.33", "0.25"},
						new String[] {"0.02", "0.12"}),
				many());
	}

	@ParameterizedTest
	@MethodSource("invoices")
	void everyInvoiceMadePassesPeppolsRules(List<String[]> fees) {
		byte[] xml = peppol.xml(invoice(fees));

		assertThat(VALIDATOR.errors(xml)).isEmpty();
	}

	@Test
	void theDocumentSaysWhoSellsWhoBuysAndHowToPay() {
		InvoiceView invoice = invoice(List.<String[]>of(new String[] {"1500", "0.25"}, new String[] {"250", "0"}));

		String xml = new String(peppol.xml(invoice), StandardCharsets.UTF_8);

		assertThat(xml).contains("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
				"<cbc:EndpointID schemeID=\"0007\">2120000142</cbc:EndpointID>",
				"<cbc:EndpointID schemeID=\"0007\">5560360793</cbc:EndpointID>", "<cbc:PaymentID>" + invoice.ocr().value() + "</cbc:PaymentID>",
				"<cbc:ID>9912346</cbc:ID>", "SE:BANKGIRO", "<cbc:PayableAmount currencyID=\"SEK\">1750.00</cbc:PayableAmount>",
				"<cbc:TaxAmount currencyID=\"SEK\">300.00</cbc:TaxAmount>", "Godkänd för F-skatt");
	}

	@ParameterizedTest
	@MethodSource("invoices")
	void everyCreditNoteOfAWholeInvoicePassesPeppolsCreditNoteRules(List<String[]> fees) {
		InvoiceView invoice = invoice(fees);

		byte[] xml = peppol.xml(creditNote(invoice, invoice.lines(), invoice.vat()), invoice);

		assertThat(VALIDATOR.errors(xml)).isEmpty();
	}

	@Test
	void aCreditNoteOfSomeLinesRefersToItsInvoiceAndPassesTheRules() {
		InvoiceView invoice = invoice(List.<String[]>of(new String[] {"1500", "0.25"}, new String[] {"112", "0.12"}, new String[] {"250", "0"}));
		List<InvoiceView.Line> some = List.of(invoice.lines().get(0), invoice.lines().get(2));

		byte[] bytes = peppol.xml(creditNote(invoice, some, Money.sek(VatAllocation.vatOf(some))), invoice);
		String xml = new String(bytes, StandardCharsets.UTF_8);

		assertThat(VALIDATOR.errors(bytes)).isEmpty();
		assertThat(xml).contains("<CreditNote", "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>",
				"<cac:InvoiceDocumentReference><cbc:ID>100042</cbc:ID><cbc:IssueDate>2026-12-01</cbc:IssueDate>",
				"<cbc:PayableAmount currencyID=\"SEK\">1750.00</cbc:PayableAmount>", "<cbc:Note>Fel avgift</cbc:Note>")
				.doesNotContain("<cbc:PayableAmount currencyID=\"SEK\">1862.00</cbc:PayableAmount>");
	}

	@Test
	void aCreditNoteWithWrongVatIsCaughtByTheCreditNoteRules() {
		InvoiceView invoice = invoice(List.<String[]>of(new String[] {"1500", "0.25"}));
		String xml = new String(peppol.xml(creditNote(invoice, invoice.lines(), invoice.vat()), invoice), StandardCharsets.UTF_8)
				.replace("<cbc:TaxAmount currencyID=\"SEK\">300.00</cbc:TaxAmount>", "<cbc:TaxAmount currencyID=\"SEK\">299.00</cbc:TaxAmount>");

		assertThat(VALIDATOR.errors(xml.getBytes(StandardCharsets.UTF_8))).isNotEmpty().anySatisfy(error -> assertThat(error).contains("BR-CO"));
	}

	@Test
	void aDocumentThatBreaksTheRulesIsCaught() {
		String xml = new String(peppol.xml(invoice(List.<String[]>of(new String[] {"1500", "0.25"}))), StandardCharsets.UTF_8)
				.replace("<cbc:TaxAmount currencyID=\"SEK\">300.00</cbc:TaxAmount>", "<cbc:TaxAmount currencyID=\"SEK\">299.00</cbc:TaxAmount>");

		assertThat(VALIDATOR.errors(xml.getBytes(StandardCharsets.UTF_8))).isNotEmpty().anySatisfy(error -> assertThat(error).contains("BR-CO"));
	}

	private static List<String[]> many() {
		List<String[]> fees = new ArrayList<>();
		String[] rates = {"0.25", "0.12", "0.06", "0"};
		for (int i = 0; i < 40; i++) {
			fees.add(new String[] {BigDecimal.valueOf(997 + i * 1379L, 2).toPlainString(), rates[i % 4]});
		}
		return fees;
	}

	static InvoiceView creditNote(InvoiceView invoice, List<InvoiceView.Line> lines, Money vat) {
		Money total = Money.sek(lines.stream().map(InvoiceView.Line::gross).reduce(BigDecimal.ZERO, BigDecimal::add));
		return new InvoiceView(UUID.randomUUID(), 100043, InvoiceView.Kind.CREDIT_NOTE, invoice.id(), null, BUYER,
				InvoiceView.Delivery.PEPPOL, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 5), total, vat, Money.sek("0"),
				Money.sek("0"), InvoiceView.Status.CREDITED, null, null, "Fel avgift", lines);
	}

	static InvoiceView invoice(List<String[]> amounts) {
		List<FeeView> fees = amounts.stream().map(fee -> new FeeView(UUID.randomUUID(), BUYER, "BN-2026-000" + fee[0].length(),
				new LocalizedText("Bygglovsavgift", "Building permit fee"), Money.sek(fee[0]), new BigDecimal(fee[1]), FeeStatus.UNPAID,
				Instant.EPOCH, null, null)).toList();
		List<InvoiceView.Line> lines = VatAllocation.lines(fees);
		Money total = Money.sek(lines.stream().map(InvoiceView.Line::gross).reduce(BigDecimal.ZERO, BigDecimal::add));
		return new InvoiceView(UUID.randomUUID(), 100042, InvoiceView.Kind.INVOICE, null, OcrReference.of("100042", true), BUYER,
				InvoiceView.Delivery.PEPPOL, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), total,
				Money.sek(VatAllocation.vatOf(lines)), Money.sek("0"), Money.sek("0"), InvoiceView.Status.OPEN, null, null, null, lines);
	}
}
