package org.cityhall.booking.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.cityhall.booking.BookableKind;
import org.cityhall.booking.BookingTime;
import org.cityhall.booking.ResourceKind;
import org.cityhall.booking.Resources;
import org.cityhall.booking.Seasons;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the demo city's bookable resources: City Hall's ceremony room with Saturday ceremonies,
 * a pool with the courses the swimming e-service offers, a sports hall and a field with a season open for
 * applications and single free hours, and a holiday camp with the weeks the camp e-service offers. What
 * exists is left as it is, so a restart changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoBookables implements SmartLifecycle {

	private static final List<LocalTime> CEREMONIES = List.of(LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0),
			LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(13, 30), LocalTime.of(14, 0), LocalTime.of(14, 30));

	private final Resources resources;
	private final Seasons seasons;
	private final Clock clock;
	private volatile boolean running;

	DemoBookables(Resources resources, Seasons seasons, Clock clock) {
		this.resources = resources;
		this.seasons = seasons;
		this.clock = clock;
	}

	@Override
	public void start() {
		LocalDate today = LocalDate.now(clock.withZone(BookingTime.ZONE));
		ceremonies(today);
		pool(today);
		sports(today);
		camps();
		running = true;
	}

	private void ceremonies(LocalDate today) {
		resource("STADSHUSET-VIGSEL", ResourceKind.CEREMONY_ROOM, "city-executive-office",
				new LocalizedText("Stadshuset, Vigselrummet", "City Hall, the ceremony room"), 9, 16);
		LocalDate saturday = today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		for (int week = 0; week < 16; week++) {
			LocalDate day = saturday.plusWeeks(week);
			for (LocalTime time : CEREMONIES) {
				Instant start = day.atTime(time).atZone(BookingTime.ZONE).toInstant();
				bookable("VIGSEL-" + day + "-" + time.toString().replace(":", ""), "STADSHUSET-VIGSEL", "wedding-booking",
						BookableKind.SLOT, new LocalizedText("Vigsel i Stadshuset", "Wedding at City Hall"), List.of(
								new Resources.Session(start, start.plus(Duration.ofMinutes(20)))), 1, OptionalInt.empty(),
						OptionalInt.empty(), Optional.empty(), 24 * 7);
			}
		}
	}

	private void pool(LocalDate today) {
		resource("ERIKSDALSBADET", ResourceKind.POOL, "sports", new LocalizedText("Eriksdalsbadet", "Eriksdalsbadet"), 6, 22);
		LocalDate start = today.plusWeeks(3);
		course("SIM-BARN-1", new LocalizedText("Simskola 5–7 år", "Swimming lessons 5–7 years"), start, DayOfWeek.TUESDAY,
				LocalTime.of(17, 0), 10, OptionalInt.of(5), OptionalInt.of(7), "900");
		course("SIM-BARN-2", new LocalizedText("Simskola 8–10 år", "Swimming lessons 8–10 years"), start, DayOfWeek.THURSDAY,
				LocalTime.of(17, 0), 2, OptionalInt.of(8), OptionalInt.of(10), "900");
		course("SIM-CRAWL", new LocalizedText("Crawlkurs för vuxna", "Front-crawl course for adults"), start, DayOfWeek.MONDAY,
				LocalTime.of(19, 0), 12, OptionalInt.of(18), OptionalInt.empty(), "1200");
		course("VATTENGYMPA", new LocalizedText("Vattengympa", "Aqua aerobics"), start, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0),
				20, OptionalInt.empty(), OptionalInt.empty(), "600");
	}

	private void course(String code, LocalizedText title, LocalDate from, DayOfWeek weekday, LocalTime at, int places,
			OptionalInt minAge, OptionalInt maxAge, String fee) {
		List<Resources.Session> sessions = new ArrayList<>();
		LocalDate first = from.with(TemporalAdjusters.nextOrSame(weekday));
		for (int week = 0; week < 8; week++) {
			Instant start = first.plusWeeks(week).atTime(at).atZone(BookingTime.ZONE).toInstant();
			sessions.add(new Resources.Session(start, start.plus(Duration.ofMinutes(45))));
		}
		bookable(code, "ERIKSDALSBADET", "swimming", BookableKind.COURSE, title, sessions, places, minAge, maxAge,
				Optional.of(Money.sek(fee)), 48);
	}

	private void sports(LocalDate today) {
		resource("ZINKENSDAMM-HALL", ResourceKind.HALL, "sports",
				new LocalizedText("Zinkensdamms idrottshall", "Zinkensdamm sports hall"), 7, 22);
		resource("ZINKENSDAMM-PLAN", ResourceKind.FIELD, "sports",
				new LocalizedText("Zinkensdamms konstgräsplan", "Zinkensdamm artificial-turf field"), 7, 22);
		if (seasons.season("HT27").isEmpty()) {
			seasons.createSeason("HT27", new LocalizedText("Hösten 2027", "Autumn 2027"), LocalDate.of(2027, 8, 16),
					LocalDate.of(2027, 12, 17), LocalDate.of(2027, 6, 1), Optional.of(Money.sek("200")));
		}
		LocalDate from = today.plusDays(1);
		if (resources.bookable("ZINKENSDAMM-HALL-" + from + "-0700").isEmpty()) {
			seasons.openFreeTimes("ZINKENSDAMM-HALL", "sports-facility-booking", from, from.plusDays(13), Optional.of(Money.sek("300")));
			seasons.openFreeTimes("ZINKENSDAMM-PLAN", "sports-facility-booking", from, from.plusDays(13), Optional.of(Money.sek("400")));
		}
	}

	private void camps() {
		resource("VADDO-LAGERGARD", ResourceKind.CAMP, "social", new LocalizedText("Lägergården på Väddö", "The camp on Väddö"), 8,
				17);
		camp("LAGER-SEGLING-V26", new LocalizedText("Seglarläger vecka 26", "Sailing camp, week 26"), LocalDate.of(2027, 6, 28));
		camp("LAGER-RIDNING-V26", new LocalizedText("Ridläger vecka 26", "Riding camp, week 26"), LocalDate.of(2027, 6, 28));
		camp("LAGER-TEATER-V27", new LocalizedText("Teaterläger vecka 27", "Theatre camp, week 27"), LocalDate.of(2027, 7, 5));
	}

	private void camp(String code, LocalizedText title, LocalDate monday) {
		Instant start = monday.atTime(9, 0).atZone(BookingTime.ZONE).toInstant();
		Instant end = monday.plusDays(4).atTime(16, 0).atZone(BookingTime.ZONE).toInstant();
		bookable(code, "VADDO-LAGERGARD", "holiday-camp", BookableKind.CAMP, title, List.of(new Resources.Session(start, end)),
				20, OptionalInt.of(8), OptionalInt.of(14), Optional.of(Money.sek("1500")), 24 * 14);
	}

	private void resource(String code, ResourceKind kind, String department, LocalizedText name, int opens, int closes) {
		if (resources.resource(code).isEmpty()) {
			resources.createResource(code, kind, department, name, LocalTime.of(opens, 0), LocalTime.of(closes, 0));
		}
	}

	private void bookable(String code, String resource, String eservice, BookableKind kind, LocalizedText title,
			List<Resources.Session> sessions, int places, OptionalInt minAge, OptionalInt maxAge, Optional<Money> fee,
			int cancelBeforeHours) {
		if (resources.bookable(code).isEmpty()) {
			resources.createBookable(new Resources.NewBookable(code, resource, eservice, kind, title, sessions.get(0).startsAt(),
					sessions.get(sessions.size() - 1).endsAt(), places, minAge, maxAge, fee, BigDecimal.ZERO, cancelBeforeHours,
					sessions.size() > 1 ? sessions : List.of()));
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
