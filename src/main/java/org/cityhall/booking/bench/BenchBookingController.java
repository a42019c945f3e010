package org.cityhall.booking.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.cityhall.booking.BookableKind;
import org.cityhall.booking.BookingOutcome;
import org.cityhall.booking.BookingRequest;
import org.cityhall.booking.Bookings;
import org.cityhall.booking.ResourceKind;
import org.cityhall.booking.Resources;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The booking rush's endpoints (bench/scenarios/booking.properties), only with {@code
 * cityhall.bench.baseline-endpoint=true}. {@code /bench/booking/attempt} asks for a place in this start's
 * rush course of 500 places for a participant never seen before, through {@link Bookings#book} — the
 * bookable's lock, the checks, the insert the database counts, the fee and the events — and answers
 * {@code booked} or the refusal; {@code /bench/booking/insert} writes the same row into a table of its
 * own, one plain INSERT; {@code /bench/booking/oversold} answers 500 if the rush course ever holds more
 * bookings than places, so the run fails.
 */
@RestController
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BenchBookingController {

	static final int PLACES = 500;

	private static final AtomicInteger PARTICIPANTS = new AtomicInteger();

	private final Bookings bookings;
	private final Resources resources;
	private final JdbcClient jdbc;
	private final Clock clock;
	private volatile String course;

	BenchBookingController(Bookings bookings, Resources resources, JdbcClient jdbc, Clock clock) {
		this.bookings = bookings;
		this.resources = resources;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PostMapping(path = "/bench/booking/attempt", produces = MediaType.TEXT_PLAIN_VALUE)
	String attempt() {
		Party.Person participant = participant();
		BookingOutcome outcome = bookings.book(new BookingRequest(course(), "BENCH-" + UuidCreator.getTimeOrderedEpoch(),
				participant, participant, false, Map.of(), false));
		return outcome instanceof BookingOutcome.Refused refused ? refused.messageKey() : "booked";
	}

	@PostMapping(path = "/bench/booking/insert", produces = MediaType.TEXT_PLAIN_VALUE)
	@Transactional
	String insert() {
		Party.Person participant = participant();
		jdbc.sql("""
				INSERT INTO booking_bench_insert (id, reference, bookable_id, booker_kind, booker_id, booker_name, participant_kind,
				        participant_id, participant_name, status, fee, details, booked_at)
				VALUES (:id, :reference, :bookable, 'person', :pid, :name, 'person', :pid, :name, 'CONFIRMED', 900, '{}', :now)
				""").param("id", UuidCreator.getTimeOrderedEpoch()).param("reference", "BENCH-" + UUID.randomUUID())
				.param("bookable", resources.bookable(course()).orElseThrow().id()).param("pid", participant.id())
				.param("name", participant.name()).param("now", java.time.OffsetDateTime.ofInstant(clock.instant(),
						java.time.ZoneOffset.UTC)).update();
		return "ok";
	}

	@GetMapping(path = "/bench/booking/oversold", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> oversold() {
		int held = jdbc.sql("""
				SELECT count(*) FROM booking_booking k JOIN booking_bookable b ON b.id = k.bookable_id
				WHERE b.code = :code AND k.status IN ('HELD', 'CONFIRMED')
				""").param("code", course()).query(Integer.class).single();
		return held <= PLACES ? ResponseEntity.ok(held + " of " + PLACES)
				: ResponseEntity.internalServerError().body("OVERSOLD: " + held + " bookings for " + PLACES + " places");
	}

	/** This start's rush course, made at the first request. */
	private String course() {
		String code = course;
		if (code == null) {
			synchronized (this) {
				if (course == null) {
					course = open();
				}
				code = course;
			}
		}
		return code;
	}

	private String open() {
		String code = "BENCH-RUSH-" + UuidCreator.getTimeOrderedEpoch();
		resources.createResource(code, ResourceKind.POOL, "sports", new LocalizedText("Rusningsbadet", "The rush pool"),
				java.time.LocalTime.of(6, 0), java.time.LocalTime.of(22, 0));
		Instant start = LocalDate.now(clock).plusDays(30).atTime(17, 0).atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant();
		resources.createBookable(new Resources.NewBookable(code, code, "swimming", BookableKind.COURSE,
				new LocalizedText("Simskola, rusning", "Swimming lessons, rush"), start, start.plus(Duration.ofMinutes(45)), PLACES,
				OptionalInt.empty(), OptionalInt.empty(), Optional.of(Money.sek("900")), BigDecimal.ZERO, 48, List.of()));
		return code;
	}

	/** A grown-up the rush has not seen: a different date of birth and birth number each time. */
	private static Party.Person participant() {
		int n = PARTICIPANTS.incrementAndGet();
		LocalDate born = LocalDate.of(1940, 1, 1).plusDays(n % 20000);
		return new Party.Person(PersonalIdentityNumber.of(born, (n / 20000) % 1000, false), "Deltagare " + n);
	}
}
