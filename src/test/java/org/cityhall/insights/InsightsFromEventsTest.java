package org.cityhall.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.cases.CaseId;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.CaseStatus;
import org.cityhall.cases.CaseStatusChanged;
import org.cityhall.cases.CaseSubmitted;
import org.cityhall.cases.Decision;
import org.cityhall.cases.DraftAbandoned;
import org.cityhall.cases.DraftProgressed;
import org.cityhall.catalogue.BenefitEstimate;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.catalogue.EService.Channel;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * The figures from a known stream of events: cases, decisions and drafts told to the listeners as
 * {@code cases} publishes them, each e-service a fresh one of the test's own, so no other test's rows count.
 */
@CityHallWebTest
class InsightsFromEventsTest {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
	static final Party APPLICANT = new Party.Anonymous("insights-test", "Testsökande");

	@Autowired
	AdoptionFacts facts;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	/** The listeners called directly, not through their asynchronous proxy, so each event is counted when the call returns. */
	AdoptionListeners listeners;

	@Autowired
	ArchiveBackfill backfill;

	@Autowired
	Insights insights;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Clock clock;

	@Autowired
	JsonMapper json;

	EService eservice;
	YearMonth now;

	@BeforeEach
	void aFreshEService() {
		// 1,200 cases a year, 90 % online, 30 minutes saved at 600 kr an hour, 12,000 kr a year to run, 300,000 to build.
		eservice = copy(catalogue.find("preschool-application").orElseThrow(), "insights-test-" + UUID.randomUUID(),
				new BenefitEstimate(1_200, new BigDecimal("0.9"), 30, 300_000, 12_000, 600, Optional.empty()), OptionalInt.of(10));
		now = YearMonth.now(clock.withZone(STOCKHOLM));
		listeners = new AdoptionListeners(facts);
	}

	@Test
	void anEventPublishedInItsTransactionIsCountedByTheListener() {
		// A draft's events: cases' own events would also make the archive, the receipt renderer and the outbox act on a case that is not there.
		UUID draft = UUID.randomUUID();
		Instant at = clock.instant();
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new DraftProgressed(draft, eservice.id(), "child", 0, Channel.WEB, at));
			events.publishEvent(new DraftAbandoned(draft, eservice.id(), Optional.of("child"), Channel.WEB, at));
		});

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
				.until(() -> insights.figures(List.of(eservice)).get(0).abandonedDrafts() == 1);
		assertThat(insights.figures(List.of(eservice)).get(0).abandoned()).singleElement()
				.satisfies(step -> assertThat(step.stepId()).isEqualTo("child"));
	}

	@Test
	void digitalShareAndPaybackFromTwelveMonthsOfCases() {
		YearMonth first = now.minusMonths(11);
		CaseSubmitted again = null;
		for (int m = 0; m < 12; m++) {
			Instant at = middleOf(first.plusMonths(m));
			again = submit(Channel.WEB, at, 90);
			submit(Channel.PHONE, at, 5);
			submit(Channel.EMAIL, at, 3);
			submit(Channel.PAPER, at, 2);
		}
		// Delivered twice (a redelivery after a crash): counted once.
		listeners.on(again);

		EServiceFigures figures = insights.figures(List.of(eservice)).get(0);

		assertThat(figures.months()).hasSize(12);
		assertThat(figures.months().get(0).month()).isEqualTo(first);
		assertThat(figures.months()).allSatisfy(month -> {
			assertThat(month.total()).isEqualTo(100);
			assertThat(month.digitalShare()).contains(new BigDecimal("90.0"));
		});
		assertThat(figures.casesLastYear()).isEqualTo(1_200);
		assertThat(figures.digitalShareLastYear()).contains(new BigDecimal("90.0"));
		// 90 × 300 − 1,000 = 26,000 a month: 312,000 after twelve months, past the 300,000 it cost in the twelfth.
		assertThat(figures.payback().realised()).isEqualTo(312_000);
		assertThat(figures.payback().paidBackIn()).contains(now);
		assertThat(figures.payback().estimatedPayback()).contains(first.plusMonths(12));
	}

	@Test
	void aPhoneHeavyEServiceProjectsItsPaybackFromRealUse() {
		YearMonth first = now.minusMonths(11);
		for (int m = 0; m < 12; m++) {
			Instant at = middleOf(first.plusMonths(m));
			submit(Channel.WEB, at, 45);
			submit(Channel.PHONE, at, 55);
		}

		EServiceFigures figures = insights.figures(List.of(eservice)).get(0);

		assertThat(figures.digitalShareLastYear()).contains(new BigDecimal("45.0"));
		// 45 × 300 − 1,000 = 12,500 a month: 150,000 so far and a year, so the other 150,000 take twelve months more.
		assertThat(figures.payback().realised()).isEqualTo(150_000);
		assertThat(figures.payback().paidBackIn()).isEmpty();
		assertThat(figures.payback().projectedPayback()).contains(now.plusMonths(12));
	}

	@Test
	void handlingTimesCountEachCasesFirstDecisionInItsMonth() {
		Instant submitted = middleOf(now.minusMonths(1));
		CaseSubmitted fast = submit(Channel.WEB, submitted, 1);
		CaseSubmitted slow = submit(Channel.WEB, submitted, 1);
		CaseStatusChanged decided = decided(fast, submitted.plus(java.time.Duration.ofDays(4)));
		listeners.on(decided);
		listeners.on(decided);
		listeners.on(decided(slow, submitted.plus(java.time.Duration.ofDays(10))));
		listeners.on(decided(slow, submitted.plus(java.time.Duration.ofDays(12))));

		EServiceFigures figures = insights.figures(List.of(eservice)).get(0);

		assertThat(figures.handling()).singleElement().satisfies(month -> {
			assertThat(month.decided()).isEqualTo(2);
			assertThat(month.averageDays()).isEqualByComparingTo("7.0");
		});
		assertThat(figures.averageHandlingDays()).contains(new BigDecimal("7.0"));
	}

	@Test
	void abandonedDraftsCountOnceAtTheStepTheyReached() {
		UUID gotFar = UUID.randomUUID();
		UUID stoppedAtOnce = UUID.randomUUID();
		Instant at = clock.instant();
		listeners.on(new DraftProgressed(gotFar, eservice.id(), "child", 0, Channel.WEB, at));
		listeners.on(new DraftProgressed(gotFar, eservice.id(), "preschools", 1, Channel.WEB, at));
		DraftAbandoned abandoned = new DraftAbandoned(gotFar, eservice.id(), Optional.empty(), Channel.WEB, at);
		listeners.on(abandoned);
		listeners.on(abandoned);
		listeners.on(new DraftAbandoned(stoppedAtOnce, eservice.id(), Optional.empty(), Channel.WEB, at));

		EServiceFigures figures = insights.figures(List.of(eservice)).get(0);

		assertThat(figures.abandoned()).extracting(EServiceFigures.AbandonedStep::stepId, EServiceFigures.AbandonedStep::drafts)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("", 1L), org.assertj.core.groups.Tuple.tuple("preschools", 1L));
		assertThat(figures.abandonedDrafts()).isEqualTo(2);
		assertThat(figures.stepTitle("preschools").en()).isEqualTo(
				eservice.form().orElseThrow().steps().get(1).title().en()).isNotEqualTo("preschools");
	}

	@Test
	void theArchivesCopyOfACaseAlreadyHeardCountsOnceAndAnUnheardOneIsBackfilled() {
		Instant at = middleOf(now.minusMonths(2));
		CaseSubmitted heard = submit(Channel.WEB, at, 1);
		CaseSubmitted before = submitted(Channel.PAPER, at);

		backfill.count(filed(heard, "cases.submitted", 1));
		backfill.count(filed(before, "cases.submitted", 2));
		backfill.count(filed(decided(before, at.plus(java.time.Duration.ofDays(3))), "cases.decided", 3));

		EServiceFigures figures = insights.figures(List.of(eservice)).get(0);
		EServiceFigures.ChannelMonth month = figures.months().get(0);
		assertThat(month.web()).isEqualTo(1);
		assertThat(month.paper()).isEqualTo(1);
		assertThat(figures.averageHandlingDays()).contains(new BigDecimal("3.0"));
	}

	private CaseSubmitted submit(Channel channel, Instant at, int count) {
		CaseSubmitted last = null;
		for (int i = 0; i < count; i++) {
			last = submitted(channel, at);
			listeners.on(last);
		}
		return last;
	}

	private CaseSubmitted submitted(Channel channel, Instant at) {
		return new CaseSubmitted(UUID.randomUUID(), new CaseId(UUID.randomUUID()), new CaseNumber("TST-2026-000001"), eservice.id(),
				eservice.department().id(), eservice.kind().name().toLowerCase(), channel, APPLICANT, APPLICANT, Optional.empty(),
				Optional.empty(), at, RetentionClass.KEEP, List.of());
	}

	private CaseStatusChanged decided(CaseSubmitted submitted, Instant at) {
		return new CaseStatusChanged(UUID.randomUUID(), submitted.caseId(), submitted.number(), eservice.id(), eservice.department().id(),
				APPLICANT, APPLICANT, Optional.empty(), CaseStatus.IN_PROGRESS, CaseStatus.DECIDED, Optional.empty(),
				Optional.of(Decision.Outcome.GRANTED), at, RetentionClass.KEEP, List.of());
	}

	/** The event as the archive files it: its JSON as the content, its time as the record's. */
	private ArchivedRecord filed(Object event, String type, long sequence) {
		Instant at = event instanceof CaseSubmitted s ? s.at() : ((CaseStatusChanged) event).at();
		return new ArchivedRecord(UUID.randomUUID(), sequence, at, at, "cases", type, Optional.of(APPLICANT), Optional.empty(),
				new LocalizedText("Ärende", "Case"), Optional.of(eservice.department().id()), RetentionClass.KEEP, Audience.SUBJECT,
				false, Optional.of(json.writeValueAsString(event)), List.of(), "0".repeat(64), Optional.empty());
	}

	private static Instant middleOf(YearMonth month) {
		return LocalDate.of(month.getYear(), month.getMonth(), 14).atTime(12, 0).atZone(STOCKHOLM).toInstant();
	}

	static EService copy(EService e, String id, BenefitEstimate benefit, OptionalInt target) {
		return new EService(id, e.title(), e.summary(), e.description(), e.department(), e.lifeSituations(), e.audience(), e.login(),
				e.kind(), e.channels(), e.status(), e.handlingTime(), e.whoCanUse(), e.whatYouNeed(), e.keywords(), benefit,
				e.assurance(), e.form(), target, e.fee(), e.caseNumberPrefix(), e.followUpOf(), e.retention(), e.version());
	}
}
