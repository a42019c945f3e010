package org.cityhall.billing.bgmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Reading BgMax files written by hand from Bankgirot's layout, record by record and column by column
 * ({@code src/test/resources/billing/bgmax}).
 */
class BgMaxFileTest {

	static String fixture(String name) throws IOException {
		try (InputStream in = BgMaxFileTest.class.getResourceAsStream("/billing/bgmax/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	@Test
	void readsDepositsPaymentsDeductionsExtraReferencesAndWhoPaid() throws IOException {
		BgMaxFile file = BgMaxFile.parse(fixture("two-deposits.txt"));

		assertThat(file.writtenAt()).isEqualTo("20261201063012345678");
		assertThat(file.test()).isFalse();
		assertThat(file.deposits()).hasSize(2);
		BgMaxFile.Deposit first = file.deposits().get(0);
		assertThat(first.payeeBankgiro()).isEqualTo("0009912346");
		assertThat(first.bankAccount()).isEqualTo("99001234567");
		assertThat(first.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(first.amountOre()).isEqualTo(60000);
		assertThat(first.payments()).extracting(BgMaxFile.Payment::code).containsExactly(20, 22, 21);

		BgMaxFile.Payment payment = first.payments().get(0);
		assertThat(payment.reference()).isEqualTo("10000180");
		assertThat(payment.amountOre()).isEqualTo(62500);
		assertThat(payment.referenceCode()).isEqualTo(2);
		assertThat(payment.channel()).isEqualTo(1);
		assertThat(payment.bgcSerial()).isEqualTo("000000000101");
		assertThat(payment.payerName()).isEqualTo("Sara Lindqvist");
		assertThat(payment.payerNumber()).isEqualTo("198804129826");
		assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(payment.line()).isEqualTo(3);

		assertThat(first.payments().get(1).reference()).isEqualTo("1234574");
		assertThat(first.payments().get(1).amountOre()).isEqualTo(10000);
		assertThat(first.payments().get(2).reference()).isEqualTo("79927398713");
		assertThat(first.payments().get(2).amountOre()).isEqualTo(-2500);

		BgMaxFile.Payment paper = file.deposits().get(1).payments().get(0);
		assertThat(paper.reference()).isEqualTo("12345678");
		assertThat(paper.referenceCode()).isEqualTo(5);
		assertThat(paper.channel()).isEqualTo(3);
		assertThat(paper.information()).containsExactly("Parkering november");
		assertThat(paper.paymentDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(file.payments()).hasSize(4);
	}

	@Test
	void readsWindowsLineEndingsAndTheTestMarker() throws IOException {
		BgMaxFile file = BgMaxFile.parse(fixture("reconcile.txt"));

		assertThat(file.test()).isTrue();
		assertThat(file.payments()).hasSize(4);
		assertThat(file.payments().get(3).information()).containsExactly("Betalning utan giltig OCR");
	}

	@Test
	void anEndRecordThatDoesNotCountThePaymentsIsRefusedWithItsLineAndColumn() throws IOException {
		String wrong = fixture("two-deposits.txt").replace("7000000002000000010000000100000002", "7000000003000000010000000100000002");

		assertThatThrownBy(() -> BgMaxFile.parse(wrong)).isInstanceOf(BgMaxException.class)
				.hasMessage("line 15: column 3: the end record says 3 payment records, the file has 2");
	}

	@Test
	void aDepositWhoseAmountIsNotItsPaymentsIsRefused() throws IOException {
		String wrong = fixture("two-deposits.txt").replace("2026113000001000000000000060000SEK", "2026113000001000000000000062500SEK");

		assertThatThrownBy(() -> BgMaxFile.parse(wrong)).isInstanceOf(BgMaxException.class)
				.hasMessageContaining("line 10: column 51: the deposit's amount is 62500 öre, its payments add up to 60000");
	}

	@Test
	void anotherLayoutOrALetterInAnAmountIsRefused() throws IOException {
		String otherLayout = fixture("two-deposits.txt").replace("01BGMAX     ", "01BGMIN     ");
		String letter = fixture("two-deposits.txt").replace("000000000000062500", "0000000000000625O0");

		assertThatThrownBy(() -> BgMaxFile.parse(otherLayout)).hasMessage("line 1: column 3: the layout name is 'BGMIN', not BGMAX");
		assertThatThrownBy(() -> BgMaxFile.parse(letter)).hasMessageContaining("line 3: column 38: the amount");
		assertThatThrownBy(() -> BgMaxFile.parse("")).hasMessage("line 0: the file is empty");
	}
}
