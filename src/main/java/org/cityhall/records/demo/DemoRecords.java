package org.cityhall.records.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cityhall.billing.Fees;
import org.cityhall.records.CareDiaries;
import org.cityhall.records.CareRecordImports;
import org.cityhall.records.Preschools;
import org.cityhall.records.PreschoolViews.Day;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * In demo mode: the elderly persona's care diary in the home help of Bromma, with decisions, a plan,
 * details and two months of day-to-day notes, sent through the same import as the operations system's;
 * the pre-school child at Förskolan Solrosen, with this week published and talk times open next week.
 * What exists is left as it is, so a restart changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoRecords implements SmartLifecycle {

	/** The home-help unit of the demo city's elderly persona; its care staff's role is scoped to it. */
	static final String HOME_HELP_UNIT = "home-help-bromma";
	/** The pre-school of the demo city's pre-school child. */
	static final String PRESCHOOL = "preschool-solrosen";
	static final String SOURCE = "demo-elderly-care-system";
	/** The demo city's elderly persona, Birgitta Holm (docs/registers.md), who has home help. */
	static final String ELDERLY = "193902149867";
	/** The demo city's pre-school child, Elsa Lindqvist. */
	static final String PRESCHOOL_CHILD = "202208199840";
	/** Her mother, Sara Lindqvist, with whom she is registered: the payer of her place. */
	static final String PARENT = "198804129826";
	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private final CareDiaries diaries;
	private final CareRecordImports imports;
	private final Preschools preschools;
	private final org.cityhall.records.DevelopmentTalks talks;
	private final Fees fees;
	private final Clock clock;
	private volatile boolean running;

	DemoRecords(CareDiaries diaries, CareRecordImports imports, Preschools preschools, org.cityhall.records.DevelopmentTalks talks,
			Fees fees, Clock clock) {
		this.diaries = diaries;
		this.imports = imports;
		this.preschools = preschools;
		this.talks = talks;
		this.fees = fees;
		this.clock = clock;
	}

	@Override
	public void start() {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		PersonalIdentityNumber elderly = PersonalIdentityNumber.parse(ELDERLY);
		if (diaries.diaryOf(elderly).isEmpty()) {
			imports.importFile(SOURCE, careRecords(elderly, today));
		}
		UUID elsa = preschools.enrol(PersonalIdentityNumber.parse(PRESCHOOL_CHILD), PRESCHOOL);
		// This month's pre-school fee (maxtaxa for a first child), to the guardian the child is registered with.
		java.time.YearMonth month = java.time.YearMonth.from(today);
		String monthSv = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.forLanguageTag("sv"));
		String monthEn = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.ENGLISH);
		fees.incur(new Party.Person(PersonalIdentityNumber.parse(PARENT), "Sara Lindqvist"), "preschool-child-" + elsa,
				new org.cityhall.shared.LocalizedText("Förskoleavgift " + monthSv + " " + month.getYear(),
						"Pre-school fee, " + monthEn + " " + month.getYear()),
				org.cityhall.shared.Money.sek("1688.00"), java.math.BigDecimal.ZERO);
		Actor teacher = new Actor(new Party.Staff("preschool-teacher-solrosen", "Förskollärare, Förskolan Solrosen"),
				new Party.Staff("preschool-teacher-solrosen", "Förskollärare, Förskolan Solrosen"), Actor.Representation.STAFF,
				Set.of(new ScopedRole(Preschools.PRESCHOOL_STAFF, "unit:" + PRESCHOOL)), LevelOfAssurance.LOA3);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (preschools.week(PRESCHOOL, monday).isEmpty()) {
			preschools.publishWeek(teacher, PRESCHOOL, monday, week(monday));
		}
		if (talks.talkTimes(PRESCHOOL).stream().noneMatch(t -> !t.booked())) {
			LocalDate next = monday.plusWeeks(1);
			for (int day = 0; day < 3; day++) {
				for (LocalTime at : List.of(LocalTime.of(8, 30), LocalTime.of(14, 0), LocalTime.of(15, 0))) {
					try {
						talks.openTalkTime(teacher, PRESCHOOL, next.plusDays(day).atTime(at).atZone(ZONE).toInstant(), 30);
					}
					catch (IllegalStateException alreadyThere) {
						// Opened at an earlier start and booked since: leave it.
					}
				}
			}
		}
		running = true;
	}

	private static List<Day> week(LocalDate monday) {
		String[][] days = {
				{"Sångsamling och målning med vattenfärg", "Köttbullar med potatismos och lingon (vegetariskt: bönbullar)"},
				{"Skogsutflykt till Solbergsskogen – ta med regnkläder", "Fiskgratäng med dillpotatis"},
				{"Rörelse i gympasalen", "Pasta med tomatsås och linser"},
				{"Biblioteksbesök och sagostund", "Kycklinggryta med ris"},
				{"Fri lek ute och fruktstund", "Pannkakor med sylt"}};
		return java.util.stream.IntStream.range(0, 5)
				.mapToObj(i -> new Day(monday.plusDays(i), days[i][0], days[i][1])).toList();
	}

	private static byte[] careRecords(PersonalIdentityNumber person, LocalDate today) {
		StringBuilder file = new StringBuilder(org.cityhall.records.CareRecordImports.HEADER).append('\n');
		String number = person.value();
		LocalDate decided = today.minusMonths(8);
		line(file, "BESLUT-2026-0412", number, "decision", decided.atTime(10, 0), "Hemtjänst 28 timmar i månaden",
				"Beslut enligt socialtjänstlagen 4 kap. 1 §: service och personlig omvårdnad.", "Biståndshandläggare Maria");
		line(file, "PLAN-2026-0412", number, "plan", decided.plusDays(14).atTime(13, 0), "Genomförandeplan",
				"Morgonhjälp kl 8, lunch kl 12, kvällshjälp kl 20. Inköp på tisdagar. Promenad på torsdagar.", "Kontaktman Lena");
		line(file, "UPPG-NYCKEL", number, "detail", decided.plusDays(14).atTime(13, 30), "Nyckelfri hemtjänst",
				"Digitalt lås på ytterdörren.", "Kontaktman Lena");
		line(file, "UPPG-KONTAKT", number, "detail", decided.plusDays(14).atTime(13, 35), "Närstående att kontakta",
				"Sonen Anders.", "Kontaktman Lena");
		for (int d = 60; d >= 1; d--) {
			LocalDate day = today.minusDays(d);
			line(file, "HT-" + day + "-1", number, "note", day.atTime(8, 10), "Morgonhjälp",
					"Hjälp med dusch och frukost. Tog morgonmedicinen.", "Undersköterska Lena");
			line(file, "HT-" + day + "-2", number, "note", day.atTime(20, 5), "Kvällshjälp",
					d % 7 == 3 ? "Trött i kväll, ville gå och lägga sig tidigt." : "Kvällsmat och hjälp i säng.", "Undersköterska Omar");
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder file, String id, String person, String kind, java.time.LocalDateTime at,
			String measure, String note, String by) {
		file.append(String.join(";", id, person, HOME_HELP_UNIT, kind, at.atZone(ZONE).toOffsetDateTime().toString(), measure,
				note, by)).append('\n');
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
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
