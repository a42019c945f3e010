package org.cityhall.billing.autogiro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Reading a payment specification written by hand from the layout ({@link SpecificationFixture}). */
class PaymentSpecificationTest {

	static final String FILE = SpecificationFixture.file("20261202063000000000", "8112189876", "10000180", "7002024321", "10000263");

	@Test
	void readsTheDepositAndEachWithdrawalWithItsResult() {
		PaymentSpecification file = PaymentSpecification.parse(FILE);

		assertThat(file.writtenAt()).isEqualTo("20261202063000000000");
		assertThat(file.customerNumber()).isEqualTo("004711");
		assertThat(file.bankgiro()).isEqualTo("0009912346");
		assertThat(file.deposits()).singleElement().satisfies(deposit -> {
			assertThat(deposit.bankAccount()).isEqualTo("00000000000000000000000099001234567");
			assertThat(deposit.paymentDate()).isEqualTo(LocalDate.of(2026, 12, 2));
			assertThat(deposit.serial()).isEqualTo("00001");
			assertThat(deposit.amountOre()).isEqualTo(62500);
		});
		assertThat(file.withdrawals()).containsExactly(
				new PaymentSpecification.Withdrawal(LocalDate.of(2026, 12, 2), "8112189876", 62500, "10000180",
						PaymentSpecification.Result.CARRIED_OUT, "00001", 3),
				new PaymentSpecification.Withdrawal(LocalDate.of(2026, 12, 2), "7002024321", 30000, "0000000010000263",
						PaymentSpecification.Result.INSUFFICIENT_FUNDS, "00001", 4));
	}

	@Test
	void aDepositWhoseAmountIsNotItsWithdrawalsCarriedOutIsRefusedNamingLineAndColumn() {
		// 51–68: 700,00 kr, though only 625,00 was carried out.
		String wrong = FILE.replace("000000000000062500   00000001", "000000000000070000   00000001");

		assertThatThrownBy(() -> PaymentSpecification.parse(wrong)).isInstanceOf(AutogiroException.class)
				.hasMessage("line 2: column 51: the deposit's amount is 70000 öre, its withdrawals carried out add up to 62500");
	}

	@Test
	void anEndRecordThatCountsOtherwiseIsRefused() {
		// 21–32: two withdrawals carried out, though the file has one.
		String wrong = FILE.replace("09202612029900000001000000000001", "09202612029900000001000000000002");

		assertThatThrownBy(() -> PaymentSpecification.parse(wrong)).isInstanceOf(AutogiroException.class)
				.hasMessage("line 5: column 21: the end record says 2 withdrawals carried out, the file has 1");
	}

	@Test
	void aWithdrawalBankgirotTriesAgainIsNeitherCarriedOutNorFailed() {
		// 80: result 9 on the second withdrawal, which the deposit and end record do not count as carried out.
		String retried = FILE.replace("0000000010000263" + " ".repeat(10) + "1", "0000000010000263" + " ".repeat(10) + "9");

		assertThat(PaymentSpecification.parse(retried).withdrawals()).extracting(PaymentSpecification.Withdrawal::result)
				.containsExactly(PaymentSpecification.Result.CARRIED_OUT, PaymentSpecification.Result.RETRIED);
	}

	@Test
	void anUnknownResultCodeIsRefused() {
		// 80: result code 7, which the layout does not have.
		String wrong = FILE.replace("10000180" + " ".repeat(18) + "0", "10000180" + " ".repeat(18) + "7");

		assertThatThrownBy(() -> PaymentSpecification.parse(wrong)).isInstanceOf(AutogiroException.class)
				.hasMessage("line 3: column 80: the result code is '7', not 0, 1, 2 or 9");
	}

	@Test
	void anotherKindOfAutogiroFileIsRefused() {
		String mandates = FILE.replace("BET. SPEC & STOPP TK", "  AG-MEDAVI         ");

		assertThatThrownBy(() -> PaymentSpecification.parse(mandates)).isInstanceOf(AutogiroException.class)
				.hasMessageStartingWith("line 1: column 45: the file is 'AG-MEDAVI', not a payment specification");
	}
}
