package org.cityhall.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The e-faktura invoice file checked column by column against the layout (docs/billing.md, "e-faktura"). */
class InvoiceFileTest {

	final InvoiceFile file = new InvoiceFile(LocalDateTime.of(2026, 11, 27, 2, 31, 5), "9912346", "Stockholms stad", List.of(
			new InvoiceFile.Invoice("EF4471000123", "SHB", "198112189876", "Sara Holm", "10000180", 100001, LocalDate.of(2026, 11, 27),
					LocalDate.of(2026, 12, 27), new BigDecimal("1125.00"), List.of(
							new InvoiceFile.Line("Boendeparkering december", "BP-2026-000042", new BigDecimal("0.25"), new BigDecimal("625.00"),
									new BigDecimal("125.00")),
							new InvoiceFile.Line("Lägervecka", "BO-2026-000007", BigDecimal.ZERO, new BigDecimal("500.00"), BigDecimal.ZERO.setScale(2)))),
			new InvoiceFile.Invoice("EF9900011", "SEB", "197002024321", "Nils Berg", "1000026312", 100002, LocalDate.of(2026, 11, 27),
					LocalDate.of(2026, 12, 27), new BigDecimal("300.00"), List.of(new InvoiceFile.Line("Kölavgift", "BK-2026-000001",
							new BigDecimal("0.12"), new BigDecimal("300.00"), new BigDecimal("32.14"))))));

	@Test
	void theOpeningRecordNamesTheTimeTheTypeAndTheBiller() {
		String opening = file.lines().get(0);

		assertThat(opening).hasSize(240);
		assertThat(columns(opening, 1, 2)).isEqualTo("01");
		assertThat(columns(opening, 3, 10)).isEqualTo("20261127");
		assertThat(columns(opening, 11, 16)).isEqualTo("023105");
		assertThat(columns(opening, 17, 19)).isEqualTo("EFB");
		assertThat(columns(opening, 20, 29)).isEqualTo("0009912346");
		assertThat(columns(opening, 30, 99)).isEqualTo(String.format("%-70s", "Stockholms stad"));
		assertThat(columns(opening, 100, 240)).isBlank();
	}

	@Test
	void eachInvoiceHasAPaymentRecordAddressedToThePayersBankAndItsLinesAfterIt() {
		String payment = file.lines().get(1);

		assertThat(payment).hasSize(240);
		assertThat(columns(payment, 1, 2)).isEqualTo("20");
		assertThat(columns(payment, 3, 37)).isEqualTo(String.format("%-35s", "EF4471000123"));
		assertThat(columns(payment, 38, 47)).isEqualTo("SHB       ");
		assertThat(columns(payment, 48, 67)).isEqualTo("198112189876        ");
		assertThat(columns(payment, 68, 92)).isEqualTo(String.format("%-25s", "10000180"));
		assertThat(columns(payment, 93, 107)).isEqualTo("000000000112500");
		assertThat(columns(payment, 108, 115)).isEqualTo("20261227");
		assertThat(columns(payment, 116, 123)).isEqualTo("20261127");
		assertThat(columns(payment, 124, 143)).isEqualTo("100001              ");
		assertThat(columns(payment, 144, 153)).isEqualTo("0009912346");
		assertThat(columns(payment, 154, 223)).isEqualTo(String.format("%-70s", "Sara Holm"));
		assertThat(columns(payment, 224, 240)).isBlank();

		String line = file.lines().get(2);
		assertThat(line).hasSize(240);
		assertThat(columns(line, 1, 2)).isEqualTo("25");
		assertThat(columns(line, 3, 72)).isEqualTo(String.format("%-70s", "Boendeparkering december"));
		assertThat(columns(line, 73, 92)).isEqualTo("BP-2026-000042      ");
		assertThat(columns(line, 93, 96)).isEqualTo("2500");
		assertThat(columns(line, 97, 111)).isEqualTo("000000000062500");
		assertThat(columns(line, 112, 126)).isEqualTo("000000000012500");
		assertThat(columns(line, 127, 240)).isBlank();

		String exempt = file.lines().get(3);
		assertThat(columns(exempt, 1, 2)).isEqualTo("25");
		assertThat(columns(exempt, 93, 96)).isEqualTo("0000");
		assertThat(columns(exempt, 112, 126)).isEqualTo("000000000000000");

		assertThat(columns(file.lines().get(4), 1, 2)).isEqualTo("20");
		assertThat(columns(file.lines().get(5), 93, 96)).isEqualTo("1200");
	}

	@Test
	void theSummaryCountsThePaymentsAndAddsThemUpAndTheEndCountsTheRecords() {
		List<String> lines = file.lines();
		String summary = lines.get(6);
		String end = lines.get(7);

		assertThat(lines).hasSize(8);
		assertThat(columns(summary, 1, 2)).isEqualTo("90");
		assertThat(columns(summary, 3, 9)).isEqualTo("0000002");
		assertThat(columns(summary, 10, 27)).isEqualTo("000000000000142500");
		assertThat(columns(summary, 28, 240)).isBlank();
		assertThat(columns(end, 1, 2)).isEqualTo("99");
		assertThat(columns(end, 3, 9)).isEqualTo("0000008");
		assertThat(columns(end, 10, 240)).isBlank();
	}

	@Test
	void theFileIsIso88591WithSwedishLettersKeptOtherCharactersReplacedAndEachLineEndedByCrLf() {
		InvoiceFile withOddName = new InvoiceFile(LocalDateTime.of(2026, 11, 27, 2, 31, 5), "9912346", "Stockholms stad", List.of(
				new InvoiceFile.Invoice("EF4471000123", "SHB", "198112189876", "Łukasz Öberg", "10000180", 100001,
						LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 27), new BigDecimal("625.00"), List.of())));
		byte[] bytes = withOddName.bytes();
		String written = new String(bytes, StandardCharsets.ISO_8859_1);

		assertThat(written.split("\r\n", -1)).hasSize(5).endsWith("");
		assertThat(bytes).hasSize(4 * 242);
		assertThat(columns(written.split("\r\n")[1], 154, 165)).isEqualTo("?ukasz Öberg");
	}

	private static String columns(String line, int from, int to) {
		return line.substring(from - 1, to);
	}
}
