package org.cityhall.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.billing.Fees;
import org.cityhall.cases.Receipt;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@CityHallWebTest
class SeasonsTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Seasons seasons;

	@Autowired
	Resources resources;

	@Autowired
	Bookings bookings;

	@Autowired
	Submissions submissions;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Fees fees;

	@Test
	void theAllocationGrantsYouthFirstThenHistoryAndBooksEachGrantedTimeEveryWeekWithItsFee() {
		Resources.Resource hall = new TestBookables(context).resource(ResourceKind.HALL);
		LocalDate today = LocalDate.now(BookingTime.ZONE);
		// Last season the adults' club held Tuesdays 19–21.
		Seasons.Season last = seasons.createSeason("S-" + UUID.randomUUID(), new LocalizedText("Förra säsongen", "Last season"),
				today.plusDays(10), today.plusDays(30), today.plusDays(5), Optional.empty());
		String adultsLastSeason = apply(last, hall, "802400-0013", "Vuxenklubben", "19:00", "21:00", false);
		seasons.allocate(last.code());
		Seasons.Season season = seasons.createSeason("S-" + UUID.randomUUID(), new LocalizedText("Vårsäsongen", "Spring season"),
				today.plusDays(60), today.plusDays(60 + 27), today.plusDays(30), Optional.of(Money.sek("200")));
		resources.closeOn(hall.code(), nextTuesday(today.plusDays(60)).plusWeeks(2), "Sportlov");
		String newcomer = apply(season, hall, "802400-0021", "Nyklubben", "18:00", "19:30", false);
		String adults = apply(season, hall, "802400-0013", "Vuxenklubben", "19:00", "21:00", false);
		String youth = apply(season, hall, "802400-0039", "Ungdomsklubben", "17:00", "18:30", true);

		List<SeasonAllocation.Decision> decisions = seasons.allocate(season.code());

		assertThat(decisions).extracting(d -> d.request().reference() + (d.granted() ? " granted" : " refused"))
				.containsExactly(youth + " granted", adults + " granted", newcomer + " refused");
		assertThat(adultsLastSeason).isNotBlank();
		Seasons.ApplicationView youthTime = seasons.applications(season.code()).stream()
				.filter(application -> application.reference().equals(youth)).findFirst().orElseThrow();
		assertThat(youthTime.priority()).contains("YOUTH");
		Bookable weekly = resources.bookable(youthTime.bookableCode().orElseThrow()).orElseThrow();
		assertThat(weekly.kind()).isEqualTo(BookableKind.SEASON_TIME);
		// Four Tuesdays, one closed for the sports holiday: three sessions of 1.5 hours at 200 kr an hour, half for youth.
		assertThat(resources.sessions(weekly.id())).hasSize(3).allSatisfy(session -> assertThat(session.startsAt()
				.atZone(BookingTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(17, 0)));
		BookingView booked = bookings.find(youth).orElseThrow();
		assertThat(booked.participant()).isEqualTo(new Party.Organisation(OrganisationNumber.parse("802400-0039"), "Ungdomsklubben"));
		assertThat(booked.fee()).contains(Money.sek("450"));
		assertThat(booked.reduction()).contains("youth");
		assertThat(fees.forMatter(youth)).singleElement().satisfies(fee -> assertThat(fee.amount()).isEqualTo(Money.sek("450")));
		Seasons.ApplicationView refused = seasons.applications(season.code()).stream()
				.filter(application -> application.reference().equals(newcomer)).findFirst().orElseThrow();
		assertThat(refused.reason()).contains(youth);
	}

	@Test
	void freeHoursLeftOverAreOpenedAsSingleTimesAnyoneBooks() {
		TestBookables test = new TestBookables(context);
		Resources.Resource field = test.resource(ResourceKind.FIELD);
		LocalDate day = LocalDate.now(BookingTime.ZONE).plusDays(20);
		var taken = day.atTime(8, 0).atZone(BookingTime.ZONE).toInstant();
		resources.createBookable(new Resources.NewBookable(field.code() + "-TAKEN", field.code(), "sports-facility-booking",
				BookableKind.SLOT, field.name(), taken, taken.plusSeconds(2 * 3600), 1, java.util.OptionalInt.empty(),
				java.util.OptionalInt.empty(), Optional.empty(), java.math.BigDecimal.ZERO, 24, List.of()));

		int opened = seasons.openFreeTimes(field.code(), "sports-facility-booking", day, day, Optional.of(Money.sek("150")));

		// Open 06–22 is sixteen hours, two of them taken.
		assertThat(opened).isEqualTo(14);
		Bookable six = resources.bookable(field.code() + "-" + day + "-0600").orElseThrow();
		assertThat(resources.bookable(field.code() + "-" + day + "-0800")).isEmpty();
		assertThat(bookings.book(TestBookables.request(six, TestBookables.adult(), false))).isInstanceOf(BookingOutcome.Booked.class);
	}

	private String apply(Seasons.Season season, Resources.Resource hall, String organisation, String name, String starts,
			String ends, boolean youth) {
		EService sports = catalogue.find("sports-facility-booking").orElseThrow();
		Party.Person chair = TestBookables.adult();
		Receipt receipt = submissions.submit(new Submissions.Request(sports, Actor.self(chair, LevelOfAssurance.LOA3),
				new Answers(Map.of("season", season.code(), "resource", hall.code(), "weekday", "2", "startTime", starts,
						"endTime", ends, "youthActivity", youth, "associationName", name, "associationNumber", organisation)),
				List.of(), EService.Channel.WEB, "season:" + UUID.randomUUID(), Optional.empty(), Optional.empty(), false));
		return receipt.number().value();
	}

	private static LocalDate nextTuesday(LocalDate from) {
		return from.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
	}
}
