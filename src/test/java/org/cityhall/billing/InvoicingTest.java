package org.cityhall.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.awaitility.Awaitility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cityhall.billing.invoice.InvoiceDocuments;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Fees become invoices; invoices are reminded and credited, and read as PDF/A. On PostgreSQL. */
@CityHallWebTest
@RecordApplicationEvents
class InvoicingTest {

	static final LocalDate TOMORROW = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1);

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	@Autowired
	Reminders reminders;

	@Autowired
	CreditNotes creditNotes;

	@Autowired
	InvoiceDocuments documents;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	Party.Person payer;
	UUID permitFee;
	UUID mapFee;
	UUID queueFee;

	@BeforeEach
	void setUp() {
		payer = TestPayers.randomPerson("Karin Ek");
		permitFee = fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Boendeparkering december", "Residents' parking, December"),
				Money.sek("625"), BigDecimal.ZERO);
		mapFee = fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Nybyggnadskarta", "New construction map"),
				Money.sek("1500"), new BigDecimal("0.25"));
		queueFee = fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Lägerveckan", "Camp week"), Money.sek("33.33"),
				new BigDecimal("0.06"));
	}

	@Test
	void thePayersUnpaidFeesBecomeOneInvoiceWithOcrVatAndDueDate() {
		List<UUID> issued = invoicing.runFor(payer, TOMORROW);

		InvoiceView invoice = invoices.find(issued.get(0)).orElseThrow();
		assertThat(issued).hasSize(1);
		assertThat(invoice.kind()).isEqualTo(InvoiceView.Kind.INVOICE);
		assertThat(invoice.payer()).isEqualTo(payer);
		assertThat(invoice.delivery()).isEqualTo(InvoiceView.Delivery.MY_PAGES);
		assertThat(invoice.issueDate()).isEqualTo(TOMORROW);
		assertThat(invoice.dueDate()).isEqualTo(TOMORROW.plusDays(30));
		assertThat(invoice.status()).isEqualTo(InvoiceView.Status.OPEN);
		assertThat(invoice.ocr().value()).startsWith(Long.toString(invoice.number())).hasSize(Long.toString(invoice.number()).length() + 2);
		assertThat(invoice.ocr().hasValidLengthDigit()).isTrue();
		assertThat(invoice.lines()).extracting(InvoiceView.Line::feeId).containsExactly(permitFee, mapFee, queueFee);
		assertThat(invoice.total()).isEqualTo(Money.sek("2158.33"));
		// 1,500 at 25 %: 1,200 + 300. 33.33 at 6 %: 31.44 + 1.89 (31.44 × 0.06 = 1.8864). 625 exempt.
		assertThat(invoice.vat()).isEqualTo(Money.sek("301.89"));
		assertThat(invoice.rounding()).isEqualByComparingTo("0");
		assertThat(events.stream(InvoiceIssued.class).filter(event -> event.invoiceId().equals(invoice.id()))).singleElement()
				.satisfies(event -> assertThat(event.total()).isEqualTo(Money.sek("2158.33")));
		assertThat(invoices.byOcr(invoice.ocr())).map(InvoiceView::id).contains(invoice.id());
	}

	@Test
	void aFeeIsInvoicedOnceAndOrganisationsGetTheirsByPeppol() {
		invoicing.runFor(payer, TOMORROW);
		Party.Organisation company = new Party.Organisation(OrganisationNumber.parse("5560360793"), "Bygg AB");
		fees.incur(company, TestPayers.randomMatter(), new LocalizedText("Bygglov", "Building permit"), Money.sek("12000"), BigDecimal.ZERO);

		assertThat(invoicing.runFor(payer, TOMORROW)).isEmpty();
		assertThat(invoices.forPayer(payer)).hasSize(1);
		assertThat(invoices.find(invoicing.runFor(company, TOMORROW).get(0)).orElseThrow().delivery())
				.isEqualTo(InvoiceView.Delivery.PEPPOL);
	}

	@Test
	void feesIncurredOnTheRunsDayWaitForTheNextRun() {
		assertThat(invoicing.runFor(payer, TOMORROW.minusDays(1))).isEmpty();
	}

	@Test
	void anInvoiceUnpaidAfterItsDueDateIsRemindedOnceWithANewDayToPayBy() {
		InvoiceView invoice = invoices.find(invoicing.runFor(payer, TOMORROW).get(0)).orElseThrow();
		LocalDate due = invoice.dueDate();

		assertThat(reminders.sendDue(due.plusDays(5))).doesNotContain(invoice.id());
		assertThat(reminders.sendDue(due.plusDays(6))).contains(invoice.id());
		assertThat(reminders.sendDue(due.plusDays(7))).doesNotContain(invoice.id());

		InvoiceView reminded = invoices.find(invoice.id()).orElseThrow();
		assertThat(reminded.remindedOn()).isEqualTo(due.plusDays(6));
		assertThat(reminded.payBy()).isEqualTo(due.plusDays(16));
		assertThat(events.stream(InvoiceReminded.class).filter(event -> event.invoiceId().equals(invoice.id()))).singleElement()
				.satisfies(event -> assertThat(event.remaining()).isEqualTo(Money.sek("2158.33")));
		// The payer is told, in the inbox on My pages (and by e-mail or text message as they prefer), once.
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
						"SELECT count(*) FROM notifications_inbox WHERE recipient = ? AND notice_id = ?")
				.params(payer.number().value(), "invoice-reminded:" + invoice.id()).query(Integer.class).single() == 1);
	}

	@Test
	void aCreditNoteCancelsAnOpenInvoiceOnce() {
		UUID invoiceId = invoicing.runFor(payer, TOMORROW).get(0);
		Actor staff = Actor.self(new Party.Staff("ekonomi-1", "Ekonomihandläggare"), LevelOfAssurance.LOA3);

		UUID creditNoteId = creditNotes.credit(invoiceId, "Avgiften togs ut av misstag", staff);

		InvoiceView creditNote = invoices.find(creditNoteId).orElseThrow();
		assertThat(creditNote.kind()).isEqualTo(InvoiceView.Kind.CREDIT_NOTE);
		assertThat(creditNote.credits()).isEqualTo(invoiceId);
		assertThat(creditNote.total()).isEqualTo(Money.sek("2158.33"));
		assertThat(creditNote.lines()).hasSize(3);
		assertThat(creditNote.reason()).isEqualTo("Avgiften togs ut av misstag");
		assertThat(invoices.find(invoiceId).orElseThrow().status()).isEqualTo(InvoiceView.Status.CREDITED);
		assertThat(reminders.sendDue(TOMORROW.plusYears(1))).doesNotContain(invoiceId);
		assertThatIllegalStateException().isThrownBy(() -> creditNotes.credit(invoiceId, "Igen", staff));
		assertThatIllegalStateException().isThrownBy(() -> creditNotes.credit(creditNoteId, "Igen", staff));
	}

	@Test
	void theInvoiceIsAPdfAWithWhatToPayAndHow() throws IOException {
		InvoiceView invoice = invoices.find(invoicing.runFor(payer, TOMORROW).get(0)).orElseThrow();

		byte[] swedish = documents.pdf(invoice, Locale.forLanguageTag("sv"));
		byte[] english = documents.pdf(invoice, Locale.ENGLISH);

		assertThat(text(swedish)).contains("Faktura " + invoice.number(), "Karin Ek", "Boendeparkering december", "Nybyggnadskarta",
				"991-2346", invoice.ocr().value(), "2\u00a0158,33\u00a0kr", "Moms 25 % på 1\u00a0200,00\u00a0kr", "Undantaget från moms");
		assertThat(text(english)).contains("Invoice " + invoice.number(), "Residents' parking", "Pay by", "SEK\u00a02,158.33");
		File file = Files.createTempFile("invoice-", ".pdf").toFile();
		try {
			Files.write(file.toPath(), swedish);
			ValidationResult result = PreflightParser.validate(file);
			assertThat(result.getErrorsList()).as("PDF/A-1b errors").isEmpty();
		}
		finally {
			Files.deleteIfExists(file.toPath());
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
