package org.cityhall.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.end;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.file;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.opening;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.registration;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.rejection;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.summary;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.billing.EInvoiceChannel;
import org.cityhall.billing.Fees;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.TestPayers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Residents register for e-faktura in their internet bank (a registration file written by hand), their next
 * invoices go out in an invoice file through the channel (a folder by default) and stay on My pages, marked;
 * a cancellation or a rejection puts them back on My pages only.
 */
@CityHallWebTest
class EInvoicesTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	Fees fees;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	@Autowired
	EInvoices eInvoices;

	@Autowired
	EInvoiceDelivery delivery;

	@Autowired
	EInvoiceChannel channel;

	@Autowired
	MockMvc mvc;

	@Test
	void aResidentWhoRegisteredGetsTheNextInvoiceInTheirInternetBankOnceAndStillOnMyPages() throws Exception {
		Party.Person registered = TestPayers.randomPerson("Sara Holm");
		Party.Person notRegistered = TestPayers.randomPerson("Nils Berg");
		EInvoices.RegistrationOutcome outcome = eInvoices.readRegistrations(bytes(file(opening(writtenAt(), "EFA"),
				registration("ANM", registered.number().value(), "EF4471000123", "SHB", "20261126", "Sara Holm"),
				summary("0000001"), end("0000004"))));
		InvoiceView eInvoice = invoiceOf(registered, "625");
		InvoiceView onMyPages = invoiceOf(notRegistered, "300");

		delivery.send();

		assertThat(outcome).isEqualTo(new EInvoices.RegistrationOutcome(1, 0, 0, 0));
		assertThat(eInvoices.agreement(registered)).get().satisfies(agreement -> {
			assertThat(agreement.active()).isTrue();
			assertThat(agreement.address()).isEqualTo("EF4471000123");
			assertThat(agreement.bank()).isEqualTo("SHB");
		});
		assertThat(eInvoice.delivery()).isEqualTo(InvoiceView.Delivery.E_INVOICE);
		assertThat(onMyPages.delivery()).isEqualTo(InvoiceView.Delivery.MY_PAGES);
		EInvoiceDelivery.SentFile sent = delivery.fileOf(eInvoice.id()).orElseThrow();
		List<String> records = Files.readAllLines(((FolderEInvoiceChannel) channel).folder().resolve(sent.name()), StandardCharsets.ISO_8859_1);
		assertThat(records).anySatisfy(record -> assertThat(record).startsWith("20EF4471000123").contains(registered.number().value())
				.contains(eInvoice.ocr().value()).contains("000000000062500").contains("Sara Holm"));
		assertThat(records).noneSatisfy(record -> assertThat(record).contains(onMyPages.ocr().value()));
		assertThat(delivery.fileOf(onMyPages.id())).isEmpty();

		delivery.send().ifPresent(next -> assertThat(next.id()).isNotEqualTo(sent.id()));
		assertThat(delivery.fileOf(eInvoice.id())).contains(sent);

		String myPages = mvc.perform(get("/my-pages").with(SignedInAs.resident(registered.number(), "Sara Holm")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(myPages).contains("Faktura " + eInvoice.number(), "Skickad som e-faktura till din internetbank", eInvoice.ocr().value());
		String theirs = mvc.perform(get("/my-pages").with(SignedInAs.resident(notRegistered.number(), "Nils Berg")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(theirs).contains("Faktura " + onMyPages.number()).doesNotContain("e-faktura till din internetbank");
	}

	@Test
	void aChangeMovesTheInvoicesToTheNewAddressAndACancellationEndsTheAgreement() {
		Party.Person moving = TestPayers.randomPerson("Karin Ek");
		Party.Person leaving = TestPayers.randomPerson("Sara Holm");
		eInvoices.readRegistrations(bytes(file(opening(writtenAt(), "EFA"),
				registration("ANM", moving.number().value(), "EF4471000123", "SHB", "20261120", "Karin Ek"),
				registration("ANM", leaving.number().value(), "EF4471000999", "SHB", "20261120", "Sara Holm"),
				summary("0000002"), end("0000005"))));

		EInvoices.RegistrationOutcome outcome = eInvoices.readRegistrations(bytes(file(opening(writtenAt(), "EFA"),
				registration("AND", moving.number().value(), "EF9900011", "SEB", "20261126", "Karin Ek"),
				registration("AVA", leaving.number().value(), "", "", "20261126", "Sara Holm"),
				summary("0000002"), end("0000005"))));
		InvoiceView moved = invoiceOf(moving, "150");
		InvoiceView left = invoiceOf(leaving, "150");

		assertThat(outcome).isEqualTo(new EInvoices.RegistrationOutcome(0, 1, 1, 0));
		assertThat(eInvoices.agreement(moving).orElseThrow()).satisfies(agreement -> {
			assertThat(agreement.address()).isEqualTo("EF9900011");
			assertThat(agreement.bank()).isEqualTo("SEB");
			assertThat(agreement.changedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
		});
		assertThat(eInvoices.agreement(leaving).orElseThrow()).satisfies(agreement -> {
			assertThat(agreement.active()).isFalse();
			assertThat(agreement.endedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
		});
		assertThat(moved.delivery()).isEqualTo(InvoiceView.Delivery.E_INVOICE);
		assertThat(left.delivery()).isEqualTo(InvoiceView.Delivery.MY_PAGES);
	}

	@Test
	void anInvoiceWhosePayerCancelledBeforeItWentIsNotSentAndIsOnMyPagesOnly() {
		Party.Person payer = TestPayers.randomPerson("Nils Berg");
		eInvoices.readRegistrations(bytes(file(opening(writtenAt(), "EFA"),
				registration("ANM", payer.number().value(), "EF4471000123", "SHB", "20261120", "Nils Berg"), summary("0000001"), end("0000004"))));
		InvoiceView queued = invoiceOf(payer, "300");
		eInvoices.readRegistrations(bytes(file(opening(writtenAt(), "EFA"),
				registration("AVA", payer.number().value(), "", "", "20261126", "Nils Berg"), summary("0000001"), end("0000004"))));

		delivery.send();

		assertThat(queued.delivery()).isEqualTo(InvoiceView.Delivery.E_INVOICE);
		assertThat(delivery.fileOf(queued.id())).isEmpty();
		assertThat(invoices.find(queued.id()).orElseThrow().delivery()).isEqualTo(InvoiceView.Delivery.MY_PAGES);
	}

	@Test
	void linesTheCityCannotActOnAreListedForStaffWithoutNamesOrNumbers() {
		Party.Person unknown = TestPayers.randomPerson("Karin Ek");
		String writtenAt = writtenAt();

		EInvoices.RegistrationOutcome outcome = eInvoices.readRegistrations(bytes(file(opening(writtenAt, "EFA"),
				registration("ANM", "12345", "EF4471000123", "SHB", "20261126", "Karin Ek"),
				registration("AVA", unknown.number().value(), "", "", "20261126", "Karin Ek"),
				summary("0000002"), end("0000005"))));

		assertThat(outcome).isEqualTo(new EInvoices.RegistrationOutcome(0, 0, 0, 2));
		assertThat(eInvoices.refusedRegistrations()).filteredOn(refused -> refused.fileWrittenAt().equals(writtenAt)).containsExactly(
				new EInvoices.RefusedRegistration(writtenAt, 2, RegistrationFile.Kind.NEW, "not-an-identity-number"),
				new EInvoices.RefusedRegistration(writtenAt, 3, RegistrationFile.Kind.CANCELLED, "no-agreement"));
		assertThat(eInvoices.agreement(unknown)).isEmpty();
	}

	@Test
	void aFileIsReadOnceAndAnotherBillersFileNotAtAll() {
		Party.Person payer = TestPayers.randomPerson("Sara Holm");
		byte[] registrations = bytes(file(opening(writtenAt(), "EFA"),
				registration("ANM", payer.number().value(), "EF4471000123", "SHB", "20261126", "Sara Holm"), summary("0000001"), end("0000004")));
		eInvoices.readRegistrations(registrations);
		byte[] anotherBillers = bytes(new String(bytes(file(opening(writtenAt(), "EFA"),
				registration("ANM", TestPayers.randomNumber().value(), "EF4471000123", "SHB", "20261126", "Nils Berg"),
				summary("0000001"), end("0000004"))), StandardCharsets.ISO_8859_1).replace("EFA0009912346", "EFA0005050505"));

		assertThatIllegalStateException().isThrownBy(() -> eInvoices.readRegistrations(registrations));
		assertThatThrownBy(() -> eInvoices.read(anotherBillers)).isInstanceOf(EInvoiceException.class)
				.hasMessage("line 1: column 20: the file is for the biller 0005050505, not the city's 0009912346");
	}

	@Test
	void anInvoiceTheServiceCouldNotDeliverIsOnMyPagesOnlyAndListedForStaff() {
		Party.Person payer = TestPayers.randomPerson("Karin Ek");
		eInvoices.readRegistrations(bytes(file(opening(writtenAt(), "EFA"),
				registration("ANM", payer.number().value(), "EF4471000123", "SHB", "20261120", "Karin Ek"), summary("0000001"), end("0000004"))));
		InvoiceView sent = invoiceOf(payer, "625");
		delivery.send();
		assertThat(delivery.fileOf(sent.id())).isPresent();

		EInvoices.ReadOutcome outcome = eInvoices.read(bytes(file(opening(writtenAt(), "EFR"),
				rejection(sent.ocr().value(), Long.toString(sent.number()), "410", "Mottagaren är okänd"),
				rejection("999999999999", "999999", "705", "Okänd faktura"), end("0000004"))));

		assertThat(outcome.rejections()).isEqualTo(new EInvoices.RejectionOutcome(1, 1));
		assertThat(invoices.find(sent.id()).orElseThrow().delivery()).isEqualTo(InvoiceView.Delivery.MY_PAGES);
		assertThat(eInvoices.rejectedInvoices()).contains(new EInvoices.RejectedInvoice(sent.id(), sent.number(), "410", "Mottagaren är okänd"));
	}

	private InvoiceView invoiceOf(Party.Person payer, String amount) {
		fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Boendeparkering", "Residents' parking"), Money.sek(amount),
				BigDecimal.ZERO);
		return invoices.find(invoicing.runFor(payer, TODAY.plusDays(1)).get(0)).orElseThrow();
	}

	/** A time of writing no other file of the tests has, so that each file is new. */
	private static String writtenAt() {
		return "2026" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
