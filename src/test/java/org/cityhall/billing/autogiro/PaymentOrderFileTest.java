package org.cityhall.billing.autogiro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The payment order file checked column by column against the layout (Bankgirot Autogiro, new file layout). */
class PaymentOrderFileTest {

	final PaymentOrderFile file = new PaymentOrderFile(LocalDate.of(2026, 11, 27), "004711", "9912346", List.of(
			new PaymentOrderFile.Withdrawal(LocalDate.of(2026, 12, 28), "8112189876", 62500, "10000180"),
			new PaymentOrderFile.Withdrawal(LocalDate.of(2026, 12, 30), "7002024321", 1234567, "1000026312")));

	@Test
	void theOpeningRecordNamesTheDayTheCustomerNumberAndTheBankgiro() {
		String opening = file.lines().get(0);

		assertThat(opening).hasSize(80);
		assertThat(columns(opening, 1, 2)).isEqualTo("01");
		assertThat(columns(opening, 3, 10)).isEqualTo("20261127");
		assertThat(columns(opening, 11, 30)).isEqualTo("AUTOGIRO            ");
		assertThat(columns(opening, 31, 62)).isBlank();
		assertThat(columns(opening, 63, 68)).isEqualTo("004711");
		assertThat(columns(opening, 69, 78)).isEqualTo("0009912346");
		assertThat(columns(opening, 79, 80)).isEqualTo("  ");
	}

	@Test
	void eachWithdrawalRecordHasItsDayPayerAmountInOreAndReference() {
		String first = file.lines().get(1);

		assertThat(first).hasSize(80);
		assertThat(columns(first, 1, 2)).isEqualTo("82");
		assertThat(columns(first, 3, 10)).isEqualTo("20261228");
		assertThat(columns(first, 11, 11)).isEqualTo("0");
		assertThat(columns(first, 12, 15)).isEqualTo("    ");
		assertThat(columns(first, 16, 31)).isEqualTo("0000008112189876");
		assertThat(columns(first, 32, 43)).isEqualTo("000000062500");
		assertThat(columns(first, 44, 53)).isEqualTo("0009912346");
		assertThat(columns(first, 54, 69)).isEqualTo("10000180        ");
		assertThat(columns(first, 70, 80)).isEqualTo("           ");

		String second = file.lines().get(2);
		assertThat(columns(second, 3, 10)).isEqualTo("20261230");
		assertThat(columns(second, 16, 31)).isEqualTo("0000007002024321");
		assertThat(columns(second, 32, 43)).isEqualTo("000001234567");
		assertThat(columns(second, 54, 69)).isEqualTo("1000026312      ");
		assertThat(file.lines()).hasSize(3);
	}

	@Test
	void theFileIsIso88591WithEachLineEndedByCrLf() {
		String written = new String(file.bytes(), StandardCharsets.ISO_8859_1);

		assertThat(written.split("\r\n", -1)).hasSize(4).endsWith("");
		assertThat(written).doesNotContain("\n\n").endsWith("\r\n");
		assertThat(written).startsWith("0120261127AUTOGIRO");
	}

	@Test
	void whatTheLayoutCannotHoldIsRefused() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new PaymentOrderFile.Withdrawal(LocalDate.of(2026, 12, 28), "8112189876", 0, "10000180"));
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new PaymentOrderFile.Withdrawal(LocalDate.of(2026, 12, 28), "8112189876", 100, "12345678901234567"));
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new PaymentOrderFile(LocalDate.of(2026, 11, 27), "1234567", "9912346", List.of()));
	}

	private static String columns(String line, int from, int to) {
		return line.substring(from - 1, to);
	}
}
