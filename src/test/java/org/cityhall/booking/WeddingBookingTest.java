package org.cityhall.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.cases.Receipt;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@CityHallWebTest
class WeddingBookingTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Resources resources;

	@Autowired
	Bookings bookings;

	@Autowired
	Submissions submissions;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorSignedInWithAnEmailCodeBooksACeremonyAndIsWarnedUntilTheBookingLapsesWithoutTheCertificate() {
		// A Tuesday: the demo city's ceremonies are on Saturdays.
		LocalDate day = tuesdayAfter(45);
		Bookable ceremony = ceremonyAt(day, LocalTime.of(11, 30));
		Party.Visitor visitor = new Party.Visitor("wedding-" + UUID.randomUUID() + "@example.org");

		Receipt receipt = submit(visitor, day, "11:30");

		BookingView booked = bookings.find(receipt.number().value()).orElseThrow();
		assertThat(booked.bookable().code()).isEqualTo(ceremony.code());
		assertThat(booked.status()).isEqualTo(BookingView.Status.CONFIRMED);
		assertThat(booked.details()).containsEntry("partnerOne", "Alex Morgan").containsEntry("ceremonyLanguage", "en");
		assertThat(booked.certificateDue()).contains(ceremony.startsAt().minus(Duration.ofDays(14)));
		assertThat(receipt.whatHappensNext()).hasValueSatisfying(next -> assertThat(next.en()).contains("certificate"));
		assertThat(bookings.book(new BookingRequest(ceremony.code(), "second", new Party.Visitor("other@example.org"),
				new Party.Visitor("other@example.org"), false, Map.of(), true)))
				.as("a ceremony time is one couple's").isInstanceOf(BookingOutcome.Refused.class);

		BookingHousekeeping housekeeping = context.getBean(BookingHousekeeping.class);
		dueIn(receipt, Duration.ofDays(10));
		housekeeping.run();
		housekeeping.run();
		dueIn(receipt, Duration.ofDays(2));
		housekeeping.run();
		dueIn(receipt, Duration.ofMinutes(-1));
		housekeeping.run();

		assertThat(bookings.find(receipt.number().value()).orElseThrow().status()).isEqualTo(BookingView.Status.LAPSED);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT template FROM notifications_inbox WHERE recipient = :who ORDER BY received_at")
				.param("who", visitor.email()).query(String.class).list()).filteredOn(t -> t.startsWith("booking."))
				.containsExactlyInAnyOrder("booking.notice.made", "booking.notice.reminded.certificate", "booking.notice.reminded.certificate",
						"booking.notice.lapsed"));
	}

	@Test
	void aCeremonyWithItsCertificateStandsAndATimeWithoutACeremonyIsRefusedClearly() {
		LocalDate day = tuesdayAfter(6);
		ceremonyAt(day, LocalTime.of(13, 0));
		Party.Visitor visitor = new Party.Visitor("wedding-" + UUID.randomUUID() + "@example.org");

		assertThatThrownBy(() -> submit(visitor, day, "13:00")).isInstanceOf(SubmissionRefused.class)
				.extracting(refused -> ((SubmissionRefused) refused).messageKey()).isEqualTo("booking.refused.certificate-now");
		assertThatThrownBy(() -> submit(visitor, day, "14:00")).isInstanceOf(SubmissionRefused.class)
				.extracting(refused -> ((SubmissionRefused) refused).messageKey()).isEqualTo("booking.refused.no-slot");

		Receipt receipt = submitWith(visitor, day, "13:00", true);

		BookingView booked = bookings.find(receipt.number().value()).orElseThrow();
		assertThat(booked.certificateAt()).isPresent();
		assertThat(booked.certificateDue()).isEmpty();
	}

	private static LocalDate tuesdayAfter(int days) {
		return LocalDate.now(BookingTime.ZONE).plusDays(days).with(java.time.temporal.TemporalAdjusters.nextOrSame(
				java.time.DayOfWeek.TUESDAY));
	}

	private Bookable ceremonyAt(LocalDate day, LocalTime time) {
		Resources.Resource room = new TestBookables(context).resource(ResourceKind.CEREMONY_ROOM);
		Instant start = day.atTime(time).atZone(BookingTime.ZONE).toInstant();
		return resources.createBookable(new Resources.NewBookable(room.code() + "-" + day + "-" + time.toString().replace(":", ""),
				room.code(), "wedding-booking", BookableKind.SLOT, new LocalizedText("Vigsel i Stadshuset", "Wedding at City Hall"),
				start, start.plus(Duration.ofMinutes(20)), 1, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
				BigDecimal.ZERO, 24 * 7, List.of()));
	}

	private Receipt submit(Party.Visitor visitor, LocalDate day, String time) {
		return submitWith(visitor, day, time, false);
	}

	private Receipt submitWith(Party.Visitor visitor, LocalDate day, String time, boolean certificate) {
		EService wedding = catalogue.find("wedding-booking").orElseThrow();
		Map<String, Object> answers = new java.util.LinkedHashMap<>(Map.of("slotDate", day, "slotTime", time,
				"partnerOne", "Alex Morgan", "partnerTwo", "Kim Morgan", "witnessOne", "Sam Lee", "witnessTwo", "Robin Lee",
				"ceremonyLanguage", "en"));
		if (certificate) {
			answers.put("certificate", List.of("0".repeat(64)));
		}
		return submissions.submit(new Submissions.Request(wedding, Actor.self(visitor, LevelOfAssurance.EMAIL_CODE), new Answers(answers),
				List.of(), EService.Channel.WEB, "wedding:" + UUID.randomUUID(), Optional.empty(), Optional.empty(), false));
	}

	private void dueIn(Receipt receipt, Duration left) {
		jdbc.sql("UPDATE booking_booking SET certificate_due = now() + CAST(:left AS interval) WHERE reference = :reference")
				.param("left", left.toSeconds() + " seconds").param("reference", receipt.number().value()).update();
	}
}
