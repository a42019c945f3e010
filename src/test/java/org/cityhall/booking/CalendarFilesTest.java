package org.cityhall.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

@CityHallWebTest
class CalendarFilesTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Resources resources;

	@Autowired
	Bookings bookings;

	@Autowired
	CalendarFiles calendarFiles;

	@Test
	void aCourseAcrossTheChangeToSummerTimeParsesBackAtFiveOClockLocalTimeEveryWeek() throws Exception {
		// Summer time starts in Stockholm on Sunday 28 March 2027: the two Tuesdays either side of it.
		Resources.Resource pool = new TestBookables(context).pool();
		LocalDate before = LocalDate.of(2027, 3, 23);
		LocalDate after = LocalDate.of(2027, 3, 30);
		List<Resources.Session> sessions = List.of(session(before), session(after));
		Bookable course = resources.createBookable(new Resources.NewBookable(pool.code() + "-DST", pool.code(), "swimming",
				BookableKind.COURSE, new LocalizedText("Crawlkurs", "Front-crawl course"), sessions.get(0).startsAt(),
				sessions.get(1).endsAt(), 12, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), BigDecimal.ZERO, 48,
				sessions));
		Party.Person swimmer = TestBookables.adult();
		BookingRequest request = TestBookables.request(course, swimmer, false);
		bookings.book(request);

		String ics = calendarFiles.of(List.of(bookings.find(request.reference()).orElseThrow()), Locale.ENGLISH, Instant.now());
		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));

		assertThat(parsed.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
				.satisfies(zone -> assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Stockholm"));
		List<VEvent> events = parsed.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		List<ZonedDateTime> starts = events.stream().map(event -> start(event)).toList();
		assertThat(starts).extracting(ZonedDateTime::toLocalDateTime)
				.containsExactly(before.atTime(17, 0), after.atTime(17, 0));
		assertThat(starts).extracting(start -> start.toInstant().toString())
				.containsExactly("2027-03-23T16:00:00Z", "2027-03-30T15:00:00Z");
		assertThat(events).allSatisfy(event -> {
			assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Front-crawl course");
			assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo(request.reference());
			assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
		});
		assertThat(ics).doesNotContain("Berlin").contains("DTSTART;TZID=Europe/Stockholm:20270323T170000", "DTSTART;TZID=Europe/Stockholm:20270330T170000");
	}

	@Test
	void aCancelledBookingIsWrittenCancelledSoCalendarsDropIt() throws Exception {
		Bookable course = new TestBookables(context).course(3);
		Party.Person swimmer = TestBookables.adult();
		BookingRequest request = TestBookables.request(course, swimmer, false);
		bookings.book(request);
		bookings.cancel(request.reference(), swimmer);

		Calendar parsed = new CalendarBuilder().build(new StringReader(calendarFiles.of(
				List.of(bookings.find(request.reference()).orElseThrow()), Locale.forLanguageTag("sv"), Instant.now())));

		assertThat(parsed.<VEvent>getComponents("VEVENT")).singleElement().satisfies(event -> {
			assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
			assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Simskola");
		});
	}

	@Test
	void aBookerIsRemindedOnceTheDayBeforeTheStart() {
		String code = "ALLDAY-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		resources.createResource(code, ResourceKind.POOL, "sports", new LocalizedText("Dygnet runt-badet", "Round-the-clock pool"),
				LocalTime.MIN, LocalTime.of(23, 59));
		Instant start = Instant.now().plus(java.time.Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		Bookable soon = resources.createBookable(new Resources.NewBookable(code + "-SOON", code, "swimming", BookableKind.COURSE,
				new LocalizedText("Vattengympa", "Aqua aerobics"), start, start.plus(java.time.Duration.ofMinutes(1)), 5,
				OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), BigDecimal.ZERO, 0, List.of()));
		Party.Person swimmer = TestBookables.adult();
		bookings.book(TestBookables.request(soon, swimmer, false));

		context.getBean(BookingHousekeeping.class).run();
		context.getBean(BookingHousekeeping.class).run();

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
						.sql("SELECT count(*) FROM notifications_inbox WHERE recipient = :who AND template = 'booking.notice.reminded.start'")
						.param("who", swimmer.id()).query(Integer.class).single()).isEqualTo(1));
	}

	private static Resources.Session session(LocalDate day) {
		ZonedDateTime start = day.atTime(LocalTime.of(17, 0)).atZone(BookingTime.ZONE);
		return new Resources.Session(start.toInstant(), start.plusMinutes(45).toInstant());
	}

	private static ZonedDateTime start(VEvent event) {
		Temporal date = event.getStartDate().orElseThrow().getDate();
		return (ZonedDateTime) date;
	}
}
