package org.cityhall.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cityhall.billing.FeeStatus;
import org.cityhall.billing.FeeView;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.InvoiceView.Line;
import org.cityhall.billing.TestPayers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.junit.jupiter.api.Test;

/** Invoice lines from fees whose amounts include VAT: totals and rounding. */
class VatAllocationTest {

	@Test
	void threeFeesAtTwentyFivePercentShareTheGroupsNetAmount() {
		// 3 × 33.33 = 99.99 kr. The net sum N with N + round(N × 0.25) ≤ 99.99 is 79.99 (VAT 20.00, 99.99 in
		// all). Each fee's exact net is 26.664, floored 26.66: 79.98, and the öre left goes to the first line.
		List<Line> lines = VatAllocation.lines(List.of(fee("33.33", "0.25"), fee("33.33", "0.25"), fee("33.33", "0.25")));

		assertThat(lines).extracting(Line::net).containsExactly(new BigDecimal("26.67"), new BigDecimal("26.66"), new BigDecimal("26.66"));
		InvoiceView invoice = invoice(lines);
		assertThat(invoice.vatBreakdown()).singleElement().satisfies(group -> {
			assertThat(group.taxable()).isEqualByComparingTo("79.99");
			assertThat(group.vat()).isEqualByComparingTo("20.00");
			assertThat(group.percent()).isEqualByComparingTo("25");
		});
		assertThat(invoice.rounding()).isEqualByComparingTo("0");
	}

	@Test
	void aTotalNoNetAmountReachesIsRoundedByAnOre() {
		// 0.02 kr at 25 %: a net of 0.01 gives 0.01 + 0.00 (0.0025 rounds down) = 0.01; a net of 0.02 gives
		// 0.02 + 0.01 = 0.03. So the net is 0.01, the VAT 0.00, and one öre is the rounding.
		List<Line> lines = VatAllocation.lines(List.of(fee("0.02", "0.25")));

		assertThat(lines.get(0).net()).isEqualByComparingTo("0.01");
		assertThat(invoice(lines).rounding()).isEqualByComparingTo("0.01");
	}

	@Test
	void eachRateIsItsOwnGroupAndExemptFeesCarryNoVat() {
		List<Line> lines = VatAllocation.lines(List.of(fee("1500", "0.25"), fee("112", "0.12"), fee("106", "0.06"), fee("800", "0")));

		assertThat(lines).extracting(Line::vat).containsExactly(new BigDecimal("300.00"), new BigDecimal("12.00"),
				new BigDecimal("6.00"), new BigDecimal("0.00"));
		assertThat(VatAllocation.vatOf(lines)).isEqualByComparingTo("318.00");
		assertThat(invoice(lines).vatBreakdown()).extracting(InvoiceView.VatGroup::percent)
				.containsExactly(BigDecimal.ZERO, new BigDecimal("6"), new BigDecimal("12"), new BigDecimal("25"));
	}

	@Property
	void everyGroupsVatIsItsNetTimesTheRateAndEveryLineAddsUp(@ForAll("fees") List<FeeView> fees) {
		List<Line> lines = VatAllocation.lines(fees);

		for (int i = 0; i < fees.size(); i++) {
			assertThat(lines.get(i).net().add(lines.get(i).vat())).isEqualByComparingTo(fees.get(i).amount().amount());
			assertThat(lines.get(i).vat().signum()).isNotNegative();
		}
		InvoiceView invoice = invoice(lines);
		for (InvoiceView.VatGroup group : invoice.vatBreakdown()) {
			assertThat(group.vat()).isEqualByComparingTo(group.taxable().multiply(group.rate()).setScale(2, RoundingMode.HALF_UP));
		}
		// At most one öre per rate is rounding, and never more than the fees.
		assertThat(invoice.rounding()).isBetween(BigDecimal.ZERO, new BigDecimal("0.04"));
	}

	@Provide
	Arbitrary<List<FeeView>> fees() {
		Arbitrary<String> rate = Arbitraries.of("0.25", "0.12", "0.06", "0");
		Arbitrary<Long> ore = Arbitraries.longs().between(1, 5_000_000);
		return net.jqwik.api.Combinators.combine(ore, rate).as((amount, vat) -> fee(BigDecimal.valueOf(amount, 2).toPlainString(), vat))
				.list().ofMinSize(1).ofMaxSize(30);
	}

	static FeeView fee(String amount, String rate) {
		return new FeeView(UUID.randomUUID(), TestPayers.randomPerson("Karin Ek"), "KA-2026-000001",
				new LocalizedText("Avgift", "Fee"), Money.sek(amount), new BigDecimal(rate), FeeStatus.UNPAID, Instant.EPOCH, null, null);
	}

	static InvoiceView invoice(List<Line> lines) {
		List<Line> copy = new ArrayList<>(lines);
		Money total = Money.sek(copy.stream().map(Line::gross).reduce(BigDecimal.ZERO, BigDecimal::add));
		return new InvoiceView(UUID.randomUUID(), 1, InvoiceView.Kind.INVOICE, null, null, TestPayers.randomPerson("Karin Ek"),
				InvoiceView.Delivery.MY_PAGES, null, null, total, total, total, Money.sek("0"), InvoiceView.Status.OPEN, null, null, null, copy);
	}
}
