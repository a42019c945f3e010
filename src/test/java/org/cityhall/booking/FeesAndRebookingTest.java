package org.cityhall.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.cityhall.billing.Fees;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@CityHallWebTest
class FeesAndRebookingTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Resources resources;

	@Autowired
	Bookings bookings;

	@Autowired
	Fees fees;

	@Test
	void aSecondChildOfTheSameGuardianAtCampTheSameWeekPaysTheSiblingFee() {
		TestBookables test = new TestBookables(context);
		Resources.Resource camp = test.resource(ResourceKind.CAMP);
		LocalDate monday = LocalDate.now(BookingTime.ZONE).plusWeeks(10).with(java.time.DayOfWeek.MONDAY);
		Bookable sailing = campWeek(camp, "SEGLING", monday);
		Bookable riding = campWeek(camp, "RIDNING", monday);
		Party.Person guardian = TestBookables.adult();
		Party.Person first = TestBookables.child(10, monday);
		Party.Person second = TestBookables.child(12, monday);
		Party.Person neighboursChild = TestBookables.child(11, monday);

		BookingRequest firstChild = new BookingRequest(sailing.code(), "CAMP-" + UUID.randomUUID(), guardian, first, false, Map.of(), false);
		BookingRequest secondChild = new BookingRequest(riding.code(), "CAMP-" + UUID.randomUUID(), guardian, second, false, Map.of(), false);
		BookingRequest neighbour = new BookingRequest(riding.code(), "CAMP-" + UUID.randomUUID(), TestBookables.adult(),
				neighboursChild, false, Map.of(), false);

		assertThat(bookings.book(firstChild)).isEqualTo(new BookingOutcome.Booked(firstChild.reference(),
				Optional.of(Money.sek("1200")), Optional.empty()));
		assertThat(bookings.book(secondChild)).isEqualTo(new BookingOutcome.Booked(secondChild.reference(),
				Optional.of(Money.sek("900")), Optional.empty()));
		assertThat(bookings.book(neighbour)).isEqualTo(new BookingOutcome.Booked(neighbour.reference(),
				Optional.of(Money.sek("1200")), Optional.empty()));
		assertThat(bookings.find(secondChild.reference()).orElseThrow().reduction()).contains("sibling");
		assertThat(fees.forMatter(secondChild.reference())).singleElement()
				.satisfies(fee -> assertThat(fee.amount()).isEqualTo(Money.sek("900")));
	}

	@Test
	void rebookingMovesThePlaceUnderTheSameReferenceAndAFullNewCourseLeavesTheOldBookingAsItWas() {
		TestBookables test = new TestBookables(context);
		Bookable monday = test.course(2);
		Bookable tuesday = test.course(2);
		Bookable full = test.course(1);
		bookings.book(TestBookables.request(full, TestBookables.adult(), false));
		Party.Person swimmer = TestBookables.adult();
		BookingRequest request = TestBookables.request(monday, swimmer, false);
		bookings.book(request);

		try {
			bookings.rebook(request.reference(), full.code(), swimmer);
		}
		catch (Bookings.RebookingRefused refused) {
			assertThat(refused.refusal().messageKey()).isEqualTo("booking.refused.full");
		}
		assertThat(bookings.find(request.reference()).orElseThrow().bookable().code()).isEqualTo(monday.code());

		assertThat(bookings.rebook(request.reference(), tuesday.code(), swimmer)).isInstanceOf(BookingOutcome.Booked.class);

		assertThat(bookings.find(request.reference()).orElseThrow().bookable().code()).isEqualTo(tuesday.code());
		assertThat(resources.bookable(monday.code()).orElseThrow().taken()).isZero();
		assertThat(resources.bookable(tuesday.code()).orElseThrow().taken()).isEqualTo(1);
	}

	private Bookable campWeek(Resources.Resource camp, String theme, LocalDate monday) {
		Instant start = monday.atTime(LocalTime.of(9, 0)).atZone(BookingTime.ZONE).toInstant();
		Instant end = monday.plusDays(4).atTime(LocalTime.of(16, 0)).atZone(BookingTime.ZONE).toInstant();
		return resources.createBookable(new Resources.NewBookable(camp.code() + "-" + theme, camp.code(), "holiday-camp",
				BookableKind.CAMP, new LocalizedText("Lägervecka " + theme, "Camp week " + theme), start, end, 20,
				OptionalInt.of(8), OptionalInt.of(14), Optional.of(Money.sek("1200")), BigDecimal.ZERO, 24 * 14, List.of()));
	}
}
