package org.cityhall.placement.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityhall.placement.Grade;
import org.cityhall.placement.PlacementRounds;
import org.cityhall.placement.PriorityRule;
import org.cityhall.placement.Round;
import org.cityhall.placement.School;
import org.cityhall.placement.Schools;
import org.cityhall.shared.Position;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo city's schools — a municipal school in each district and two independent ones with their own
 * rules — and a school choice round open for the school year after next, so the e-service can be tried.
 * Their codes are the options of {@code eservices/school-application.yml}. Loaded once, when the city has
 * no schools.
 */
@Component
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoSchools implements ApplicationRunner {

	/** The schools: code, name, municipal, district, street address, where they are; every one offers every grade. */
	static final List<School> SCHOOLS = List.of(
			municipal("vasaskolan", "Vasaskolan", "Norrmalm", "Vasagatan 30, 111 20 Stockholm", 673_150, 6_582_480),
			municipal("sodermalmsskolan", "Södermalmsskolan", "Södermalm", "Götgatan 80, 118 30 Stockholm", 674_900, 6_578_700),
			municipal("kungsholmsskolan", "Kungsholmsskolan", "Kungsholmen", "Hantverkargatan 40, 112 21 Stockholm", 672_300, 6_581_100),
			municipal("ostermalmsskolan", "Östermalmsskolan", "Östermalm", "Karlavägen 60, 114 49 Stockholm", 675_600, 6_582_100),
			municipal("brommaplansskolan", "Brommaplansskolan", "Bromma", "Brommaplan 4, 168 76 Bromma", 667_100, 6_581_700),
			municipal("midsommarkransens-skola", "Midsommarkransens skola", "Hägersten-Liljeholmen", "Tellusborgsvägen 20, 126 32 Hägersten", 670_900, 6_577_400),
			municipal("telefonplansskolan", "Telefonplansskolan", "Hägersten-Liljeholmen", "Telefonplan 10, 126 37 Hägersten", 670_200, 6_576_800),
			municipal("bagarmossens-skola", "Bagarmossens skola", "Skarpnäck", "Lillåvägen 50, 128 47 Bagarmossen", 678_300, 6_575_200),
			municipal("farsta-skola", "Farsta skola", "Farsta", "Farstavägen 50, 123 47 Farsta", 676_100, 6_571_500),
			municipal("enskede-skola", "Enskede skola", "Enskede-Årsta-Vantör", "Sockenvägen 300, 122 63 Enskede", 674_600, 6_575_900),
			municipal("kista-skola", "Kista skola", "Rinkeby-Kista", "Kistagången 10, 164 40 Kista", 666_900, 6_587_500),
			municipal("tensta-skola", "Tensta skola", "Spånga-Tensta", "Tensta allé 10, 163 64 Spånga", 664_600, 6_587_300),
			municipal("vallingby-skola", "Vällingby skola", "Hässelby-Vällingby", "Vällingbyplan 5, 162 65 Vällingby", 663_300, 6_583_700),
			municipal("alvsjo-skola", "Älvsjö skola", "Älvsjö", "Älvsjö gårdsväg 5, 125 30 Älvsjö", 671_700, 6_575_100),
			municipal("skarholmens-skola", "Skärholmens skola", "Skärholmen", "Skärholmsvägen 10, 127 48 Skärholmen", 665_800, 6_574_200),
			new School("friskolan-linden", "Friskolan Linden", false, "Hägersten-Liljeholmen", "Liljeholmsvägen 20, 117 61 Stockholm",
					new Position(671_200, 6_577_900), EnumSet.allOf(Grade.class), List.of(PriorityRule.SIBLING, PriorityRule.QUEUE_DATE)),
			new School("montessoriskolan-eken", "Montessoriskolan Eken", false, "Södermalm", "Ringvägen 100, 116 61 Stockholm",
					new Position(674_400, 6_579_300), EnumSet.allOf(Grade.class), List.of(PriorityRule.SIBLING, PriorityRule.QUEUE_DATE)));

	private final Schools schools;
	private final PlacementRounds rounds;
	private final Clock clock;

	DemoSchools(Schools schools, PlacementRounds rounds, Clock clock) {
		this.schools = schools;
		this.rounds = rounds;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<School> saved = schools.all();
		if (!saved.isEmpty()) {
			addressesOfEarlierDemos(saved);
			return;
		}
		SCHOOLS.forEach(schools::save);
		ZonedDateTime now = clock.instant().atZone(ZoneId.of("Europe/Stockholm"));
		int schoolYear = now.getYear() + 1;
		rounds.open("Skolval " + schoolYear, schoolYear, now.minusDays(1).toInstant(),
				now.plus(Duration.ofDays(60)).toInstant(), now.plus(Duration.ofDays(120)).toInstant(),
				LocalDate.of(schoolYear, 1, 15), schoolYear, Round.Unconfirmed.INCLUDE, places());
	}

	/**
	 * Gives the demo's schools their street addresses where a demo city loaded before they had any left them
	 * empty (schools were saved without one until officers could set it); a school an officer changed is left
	 * as it is.
	 */
	private void addressesOfEarlierDemos(List<School> saved) {
		Map<String, String> addresses = new HashMap<>();
		SCHOOLS.forEach(school -> addresses.put(school.code(), school.address()));
		saved.stream().filter(school -> school.address().isBlank() && addresses.containsKey(school.code()))
				.forEach(school -> schools.save(new School(school.code(), school.name(), school.municipal(), school.district(),
						addresses.get(school.code()), school.position(), school.grades(), school.rules())));
	}

	/** Municipal schools take two classes into pre-school class, one into year 4 and three into year 7. */
	static Map<String, Map<Grade, Integer>> places() {
		Map<String, Map<Grade, Integer>> places = new LinkedHashMap<>();
		for (School school : SCHOOLS) {
			places.put(school.code(), school.municipal()
					? Map.of(Grade.PRESCHOOL_CLASS, 56, Grade.YEAR_4, 28, Grade.YEAR_7, 84)
					: Map.of(Grade.PRESCHOOL_CLASS, 28, Grade.YEAR_4, 14, Grade.YEAR_7, 28));
		}
		return places;
	}

	private static School municipal(String code, String name, String district, String address, double easting,
			double northing) {
		return new School(code, name, true, district, address, new Position(easting, northing), EnumSet.allOf(Grade.class),
				PriorityRule.CITY);
	}
}
