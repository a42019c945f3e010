package org.cityhall.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.end;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.file;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.opening;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.registration;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.rejection;
import static org.cityhall.billing.einvoice.EInvoiceFixtures.summary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Reading the e-faktura service's registration file and its report of invoices not delivered, written by hand. */
class RegistrationFileTest {

	final String registrations = file(
			opening("20261127093000", "EFA"),
			registration("ANM", "198112189876", "EF4471000123", "SHB", "20261126", "Sara Holm"),
			registration("AND", "197002024321", "EF9900011", "SEB", "20261126", "Nils Berg"),
			registration("AVA", "194805125558", "", "", "20261125", "Karin Ek"),
			summary("0000003"),
			end("0000006"));

	@Test
	void eachRegistrationChangeAndCancellationIsReadWithItsFields() {
		RegistrationFile read = RegistrationFile.parse(registrations.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(read.writtenAt()).isEqualTo("20261127093000");
		assertThat(read.biller()).isEqualTo("0009912346");
		assertThat(read.registrations()).containsExactly(
				new RegistrationFile.Registration(2, RegistrationFile.Kind.NEW, "198112189876", "EF4471000123", "SHB",
						LocalDate.of(2026, 11, 26), "Sara Holm"),
				new RegistrationFile.Registration(3, RegistrationFile.Kind.CHANGED, "197002024321", "EF9900011", "SEB",
						LocalDate.of(2026, 11, 26), "Nils Berg"),
				new RegistrationFile.Registration(4, RegistrationFile.Kind.CANCELLED, "194805125558", "", "", LocalDate.of(2026, 11, 25),
						"Karin Ek"));
	}

	@Test
	void aNameWithSwedishLettersIsReadAsIso88591() {
		String text = file(opening("20261127093000", "EFA"),
				registration("ANM", "198112189876", "EF4471000123", "SHB", "20261126", "Åsa Öberg"), summary("0000001"), end("0000004"));

		RegistrationFile read = RegistrationFile.parse(text.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(read.registrations().get(0).name()).isEqualTo("Åsa Öberg");
	}

	@Test
	void aSummaryThatDoesNotMatchTheRecordsRefusesTheFileNamingTheLineAndColumn() {
		String text = registrations.replace(summary("0000003"), summary("0000002"));

		assertThatThrownBy(() -> RegistrationFile.parse(text)).isInstanceOf(EInvoiceException.class)
				.hasMessage("line 5: column 3: the summary record says 2 registration records, the file has 3");
	}

	@Test
	void anEndRecordThatDoesNotCountTheRecordsRefusesTheFile() {
		String text = registrations.replace(end("0000006"), end("0000005"));

		assertThatThrownBy(() -> RegistrationFile.parse(text)).isInstanceOf(EInvoiceException.class)
				.hasMessageStartingWith("line 6: column 3:");
	}

	@Test
	void anUnknownKindOfRegistrationIsRefused() {
		String text = registrations.replace("20AND", "20XYZ");

		assertThatThrownBy(() -> RegistrationFile.parse(text)).isInstanceOf(EInvoiceException.class)
				.hasMessage("line 3: column 3: 'XYZ' is no registration kind: ANM, AND or AVA");
	}

	@Test
	void aRegistrationWithoutAnAddressIsRefused() {
		String text = file(opening("20261127093000", "EFA"), registration("ANM", "198112189876", "", "SHB", "20261126", "Sara Holm"),
				summary("0000001"), end("0000004"));

		assertThatThrownBy(() -> RegistrationFile.parse(text)).isInstanceOf(EInvoiceException.class)
				.hasMessageStartingWith("line 2: column 26:");
	}

	@Test
	void aDayThatIsNoDateIsRefused() {
		String text = registrations.replace("20261126Sara", "20261131Sara");

		assertThatThrownBy(() -> RegistrationFile.parse(text)).isInstanceOf(EInvoiceException.class)
				.hasMessage("line 2: column 71: '20261131' is no date (YYYYMMDD)");
	}

	@Test
	void aRecordLongerThan240CharactersIsRefused() {
		String text = registrations.replace(summary("0000003"), summary("0000003") + "X");

		assertThatThrownBy(() -> RegistrationFile.parse(text)).isInstanceOf(EInvoiceException.class)
				.hasMessage("line 5: column 241: a record has 240 characters, this line 241");
	}

	@Test
	void anotherFileTypeIsNotReadAsRegistrations() {
		String text = registrations.replace("093000EFA", "093000EFB");

		assertThatThrownBy(() -> RegistrationFile.parse(text)).isInstanceOf(EInvoiceException.class)
				.hasMessage("line 1: column 17: the file type is 'EFB', a registration file's is EFA");
	}

	@Test
	void theReportOfInvoicesNotDeliveredGivesEachReferenceNumberAndCode() {
		String text = file(opening("20261128070000", "EFR"), rejection("10000180", "100001", "410", "Mottagaren är okänd"),
				end("0000003"));

		RejectionFile read = RejectionFile.parse(text.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(read.biller()).isEqualTo("0009912346");
		assertThat(read.rejections()).containsExactly(new RejectionFile.Rejection(2, "10000180", "100001", "410", "Mottagaren är okänd"));
	}

	@Test
	void aRejectionCodeThatIsNotDigitsIsRefused() {
		String text = file(opening("20261128070000", "EFR"), rejection("10000180", "100001", "4X0", "Mottagaren är okänd"),
				end("0000003"));

		assertThatThrownBy(() -> RejectionFile.parse(text)).isInstanceOf(EInvoiceException.class)
				.hasMessage("line 2: column 48: the rejection code (columns 48–50) is '4X0', not digits");
	}
}
