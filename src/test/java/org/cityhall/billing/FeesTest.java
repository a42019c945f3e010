package org.cityhall.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Fees as modules incur them, on PostgreSQL. */
@CityHallWebTest
@RecordApplicationEvents
class FeesTest {

	static final LocalizedText MAP_FEE = new LocalizedText("Nybyggnadskarta", "New construction map");
	static final BigDecimal VAT = new BigDecimal("0.25");

	@Autowired
	Fees fees;

	@Autowired
	ApplicationEvents events;

	@Autowired
	EventSerializer serializer;

	Party.Person payer;
	String matter;

	@BeforeEach
	void setUp() {
		payer = TestPayers.randomPerson("Karin Ek");
		matter = TestPayers.randomMatter();
	}

	@Test
	void anIncurredFeeIsUnpaidAndItsEventPublished() {
		UUID id = fees.incur(payer, matter, MAP_FEE, Money.sek("1500"), VAT);

		FeeView fee = fees.find(id).orElseThrow();
		assertThat(fee.payer()).isEqualTo(payer);
		assertThat(fee.matter()).isEqualTo(matter);
		assertThat(fee.what()).isEqualTo(MAP_FEE);
		assertThat(fee.amount()).isEqualTo(Money.sek("1500.00"));
		assertThat(fee.vatRate()).isEqualByComparingTo("0.25");
		assertThat(fee.vat()).isEqualTo(Money.sek("300.00"));
		assertThat(fee.status()).isEqualTo(FeeStatus.UNPAID);
		assertThat(fee.paidAt()).isNull();
		assertThat(fee.paymentId()).isNull();
		assertThat(events.stream(FeeIncurred.class).filter(event -> event.feeId().equals(id)))
				.singleElement()
				.satisfies(event -> {
					assertThat(event.payer()).isEqualTo(payer);
					assertThat(event.matter()).isEqualTo(matter);
					assertThat(event.what()).isEqualTo(MAP_FEE);
					assertThat(event.amount()).isEqualTo(Money.sek("1500"));
					assertThat(event.vatRate()).isEqualByComparingTo(VAT);
					assertThat(event.at()).isEqualTo(fee.incurredAt());
				});
	}

	@Test
	void incurringTheSameFeeAgainGivesTheFeeAlreadThereAndPublishesNothing() {
		UUID first = fees.incur(payer, matter, MAP_FEE, Money.sek("1500"), VAT);
		UUID again = fees.incur(new Party.Person(payer.number(), "Karin Ek"), " " + matter + " ", MAP_FEE, Money.sek("1500.00"),
				new BigDecimal("0.2500"));

		assertThat(again).isEqualTo(first);
		assertThat(fees.forMatter(matter)).hasSize(1);
		assertThat(events.stream(FeeIncurred.class).filter(event -> event.matter().equals(matter))).hasSize(1);
	}

	@Test
	void theSameFeeOnOtherTermsIsRefusedAndTheFirstKept() {
		fees.incur(payer, matter, MAP_FEE, Money.sek("1500"), VAT);

		assertThatIllegalStateException().isThrownBy(() -> fees.incur(payer, matter, MAP_FEE, Money.sek("1600"), VAT))
				.withMessageContaining(matter).withMessageContaining("Nybyggnadskarta").withMessageContaining("1500.00 SEK");
		assertThatIllegalStateException().isThrownBy(() -> fees.incur(TestPayers.randomPerson("Someone Else"), matter, MAP_FEE,
				Money.sek("1500"), VAT));
		assertThat(fees.forMatter(matter)).singleElement().satisfies(fee -> assertThat(fee.amount()).isEqualTo(Money.sek("1500")));
	}

	@Test
	void aMattersFeesAreToldApartByWhatTheyAreFor() {
		UUID map = fees.incur(payer, matter, MAP_FEE, Money.sek("1500"), VAT);
		UUID handling = fees.incur(payer, matter, new LocalizedText("Expeditionsavgift", "Handling fee"), Money.sek("250"),
				BigDecimal.ZERO);

		assertThat(map).isNotEqualTo(handling);
		assertThat(fees.forMatter(matter)).extracting(FeeView::id).containsExactly(map, handling);
		assertThat(fees.find(handling).orElseThrow().vat()).isEqualTo(Money.sek("0"));
	}

	@Test
	void aPayersUnpaidFeesAreTheirsAlone() {
		UUID mine = fees.incur(payer, matter, MAP_FEE, Money.sek("1500"), VAT);
		fees.incur(TestPayers.randomPerson("Someone Else"), TestPayers.randomMatter(), MAP_FEE, Money.sek("1500"), VAT);
		Party.Organisation company = new Party.Organisation(OrganisationNumber.parse("556016-0680"), "Ek Bygg AB");
		UUID companys = fees.incur(company, TestPayers.randomMatter(), MAP_FEE, Money.sek("900"), VAT);

		assertThat(fees.unpaidNotInvoicedFor(payer, 10).oldest()).extracting(FeeView::id).containsExactly(mine);
		assertThat(fees.unpaidNotInvoicedFor(new Party.Person(payer.number(), null), 10).oldest()).extracting(FeeView::id).containsExactly(mine);
		assertThat(fees.unpaidNotInvoicedFor(company, 1000).oldest()).extracting(FeeView::id).contains(companys);
		assertThat(fees.find(companys).orElseThrow().payer()).isEqualTo(company);
	}

	@Test
	void anUnknownFeeIsNotFound() {
		assertThat(fees.find(UUID.randomUUID())).isEmpty();
		assertThat(fees.forMatter(TestPayers.randomMatter())).isEmpty();
	}

	@Test
	void feesOutOfRangeAreRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> fees.incur(payer, matter, MAP_FEE, Money.sek("0"), VAT))
				.withMessageContaining("more than zero");
		assertThatIllegalArgumentException().isThrownBy(() -> fees.incur(payer, matter, MAP_FEE, Money.sek("-10"), VAT))
				.withMessageContaining("more than zero");
		assertThatIllegalArgumentException().isThrownBy(() -> fees.incur(payer, matter, MAP_FEE, Money.sek("10000000000"), VAT))
				.withMessageContaining("less than");
		assertThatIllegalArgumentException().isThrownBy(() -> fees.incur(payer, matter, MAP_FEE, Money.sek("10"), BigDecimal.ONE))
				.withMessageContaining("VAT rate");
		assertThatIllegalArgumentException().isThrownBy(() -> fees.incur(payer, matter, MAP_FEE, Money.sek("10"), new BigDecimal("-0.06")))
				.withMessageContaining("VAT rate");
		assertThatIllegalArgumentException().isThrownBy(() -> fees.incur(payer, matter, MAP_FEE, Money.sek("10"), new BigDecimal("0.12345")))
				.withMessageContaining("VAT rate");
		assertThatIllegalArgumentException().isThrownBy(() -> fees.incur(payer, " ", MAP_FEE, Money.sek("10"), VAT))
				.withMessageContaining("matter");
		assertThatIllegalArgumentException().isThrownBy(() -> fees.incur(payer, "x".repeat(101), MAP_FEE, Money.sek("10"), VAT))
				.withMessageContaining("matter");
		assertThatIllegalArgumentException().isThrownBy(() -> fees.incur(payer, matter, new LocalizedText("", "Map"), Money.sek("10"), VAT))
				.withMessageContaining("what (Swedish)");
		assertThat(fees.forMatter(matter)).isEmpty();
		assertThat(events.stream(FeeIncurred.class).filter(event -> event.matter().equals(matter))).isEmpty();
	}

	@Test
	void billingsEventsSurviveTheEventPublicationRegistry() {
		Party.Organisation company = new Party.Organisation(OrganisationNumber.parse("556016-0680"), "Ek Bygg AB");
		for (Party party : List.<Party>of(payer, company, new Party.Visitor("visitor@example.org"))) {
			FeeIncurred incurred = new FeeIncurred(UUID.randomUUID(), party, matter, MAP_FEE, Money.sek("1500"), VAT,
					java.time.Instant.parse("2026-11-26T10:15:30Z"));
			Object stored = serializer.serialize(incurred);
			assertThat(serializer.deserialize(stored, FeeIncurred.class)).isEqualTo(incurred);
		}
		PaymentSettled settled = new PaymentSettled(UUID.randomUUID(), UUID.randomUUID(), matter, Money.sek("1500"), "demo-1",
				java.time.Instant.parse("2026-11-26T10:15:30Z"), payer);
		assertThat(serializer.deserialize(serializer.serialize(settled), PaymentSettled.class)).isEqualTo(settled);
	}
}
