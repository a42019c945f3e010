package org.cityhall.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.awaitility.Awaitility;
import org.cityhall.billing.Fees;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@CityHallWebTest
class WaitlistTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Bookings bookings;

	@Autowired
	Fees fees;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFullCourseSaysSoAndOffersTheWaitlist() {
		Bookable course = new TestBookables(context).course(1);
		bookings.book(TestBookables.request(course, TestBookables.adult(), false));

		assertThat(bookings.book(TestBookables.request(course, TestBookables.adult(), false)))
				.isEqualTo(new BookingOutcome.Refused("booking.refused.full", List.of(course.code())));
		BookingRequest second = TestBookables.request(course, TestBookables.adult(), true);
		BookingRequest third = TestBookables.request(course, TestBookables.adult(), true);
		assertThat(bookings.book(second)).isEqualTo(new BookingOutcome.Waitlisted(second.reference(), 1));
		assertThat(bookings.book(third)).isEqualTo(new BookingOutcome.Waitlisted(third.reference(), 2));
	}

	@Test
	void aCancelledPlaceIsOfferedToTheFirstInLineWhoConfirmsItAndPaysTheFee() {
		TestBookables test = new TestBookables(context);
		Bookable course = test.course(test.pool(), LocalDate.now(BookingTime.ZONE).plusDays(30), 1,
				Optional.of(Money.sek("600")), OptionalInt.empty(), OptionalInt.empty());
		Party.Person first = TestBookables.adult();
		BookingRequest booked = TestBookables.request(course, first, false);
		bookings.book(booked);
		BookingRequest waiting = TestBookables.request(course, TestBookables.adult(), true);
		BookingRequest afterThat = TestBookables.request(course, TestBookables.adult(), true);
		bookings.book(waiting);
		bookings.book(afterThat);

		assertThat(bookings.cancel(booked.reference(), first)).isEqualTo(Bookings.Cancellation.CANCELLED);

		BookingView offer = bookings.find(waiting.reference()).orElseThrow();
		assertThat(offer.status()).isEqualTo(BookingView.Status.HELD);
		assertThat(offer.heldUntil()).hasValueSatisfying(until -> assertThat(until).isAfter(Instant.now().plus(Duration.ofHours(47))));
		assertThat(bookings.waitlistPosition(afterThat.reference())).contains(1);
		assertThat(bookings.book(TestBookables.request(course, TestBookables.adult(), false)))
				.as("the offered place is held: a newcomer cannot take it").isInstanceOf(BookingOutcome.Refused.class);

		assertThat(bookings.confirmOffer(waiting.reference(), waiting.booker())).isTrue();
		assertThat(bookings.find(waiting.reference()).orElseThrow().status()).isEqualTo(BookingView.Status.CONFIRMED);
		assertThat(fees.forMatter(waiting.reference())).singleElement()
				.satisfies(fee -> assertThat(fee.amount()).isEqualTo(Money.sek("600")));
		assertThat(fees.forMatter(booked.reference())).singleElement()
				.satisfies(fee -> assertThat(fee.amount()).isEqualTo(Money.sek("600")));
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT record_type FROM archive_record WHERE matter = :matter ORDER BY sequence").param("matter", waiting.reference())
				.query(String.class).list()).containsExactlyInAnyOrder("booking.waitlist-joined", "booking.offered", "booking.made",
						"billing.fee-incurred"));
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT template FROM notifications_inbox WHERE recipient = :who ORDER BY received_at")
				.param("who", waiting.booker().id()).query(String.class).list())
				.contains("booking.notice.waitlist-joined", "booking.notice.offered", "booking.notice.made"));
	}

	@Test
	void anOfferNotConfirmedInTimeExpiresAndPassesToTheNextInLine() {
		Bookable course = new TestBookables(context).course(1);
		Party.Person first = TestBookables.adult();
		BookingRequest booked = TestBookables.request(course, first, false);
		bookings.book(booked);
		BookingRequest slow = TestBookables.request(course, TestBookables.adult(), true);
		BookingRequest next = TestBookables.request(course, TestBookables.adult(), true);
		bookings.book(slow);
		bookings.book(next);
		bookings.cancel(booked.reference(), first);
		// The offer's 48 hours have passed.
		jdbc.sql("UPDATE booking_booking SET held_until = now() - interval '1 minute' WHERE reference = :reference AND status = 'HELD'")
				.param("reference", slow.reference()).update();

		assertThat(bookings.expireOffers()).isPositive();

		assertThat(bookings.find(slow.reference()).orElseThrow().status()).isEqualTo(BookingView.Status.EXPIRED);
		assertThat(bookings.confirmOffer(slow.reference(), slow.booker())).isFalse();
		assertThat(bookings.find(next.reference()).orElseThrow().status()).isEqualTo(BookingView.Status.HELD);
		assertThat(jdbc.sql("SELECT taken FROM booking_bookable WHERE id = :id").param("id", course.id()).query(Integer.class)
				.single()).isEqualTo(1);
	}

	@Test
	void aDeclinedOfferGoesToTheNextAndAnEmptyWaitlistFreesThePlace() {
		Bookable course = new TestBookables(context).course(1);
		Party.Person first = TestBookables.adult();
		BookingRequest booked = TestBookables.request(course, first, false);
		bookings.book(booked);
		BookingRequest waiting = TestBookables.request(course, TestBookables.adult(), true);
		bookings.book(waiting);
		bookings.cancel(booked.reference(), first);

		assertThat(bookings.declineOffer(waiting.reference(), waiting.booker())).isTrue();

		assertThat(bookings.find(waiting.reference()).orElseThrow().status()).isEqualTo(BookingView.Status.EXPIRED);
		assertThat(bookings.book(TestBookables.request(course, TestBookables.adult(), false)))
				.isInstanceOf(BookingOutcome.Booked.class);
	}

	@Test
	void aBookingCannotBeCancelledByItsBookerAfterTheDeadline() {
		TestBookables test = new TestBookables(context);
		// Starts tomorrow; the course's deadline is 48 hours before.
		Bookable course = test.course(test.pool(), LocalDate.now(BookingTime.ZONE).plusDays(1), 2, Optional.empty(),
				OptionalInt.empty(), OptionalInt.empty());
		Party.Person person = TestBookables.adult();
		BookingRequest booked = TestBookables.request(course, person, false);
		bookings.book(booked);

		assertThat(bookings.cancel(booked.reference(), person)).isEqualTo(Bookings.Cancellation.TOO_LATE);
		assertThat(bookings.cancel(booked.reference(), TestBookables.adult())).isEqualTo(Bookings.Cancellation.NOT_FOUND);
		assertThat(bookings.find(booked.reference()).orElseThrow().status()).isEqualTo(BookingView.Status.CONFIRMED);
	}

	@Test
	void aChildOutsideTheAgeLimitsIsRefusedWithTheLimits() {
		TestBookables test = new TestBookables(context);
		LocalDate day = LocalDate.now(BookingTime.ZONE).plusDays(40);
		Bookable course = test.course(test.pool(), day, 8, Optional.empty(), OptionalInt.of(5), OptionalInt.of(7));
		Party.Person guardian = TestBookables.adult();
		Party.Person nine = TestBookables.child(9, day);
		Party.Person six = TestBookables.child(6, day);

		assertThat(bookings.book(new BookingRequest(course.code(), "BT-age-1-" + course.code(), guardian, nine, false,
				java.util.Map.of(), false))).isEqualTo(new BookingOutcome.Refused("booking.refused.age", List.of(9, 5, 7)));
		assertThat(bookings.book(new BookingRequest(course.code(), "BT-age-2-" + course.code(), guardian, six, false,
				java.util.Map.of(), false))).isInstanceOf(BookingOutcome.Booked.class);
	}
}
