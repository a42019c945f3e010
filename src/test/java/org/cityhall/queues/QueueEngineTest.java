package org.cityhall.queues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cityhall.queues.Entry.Choice;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The queue engine on PostgreSQL: offers go to the best-ranked, one offer per place however many
 * administrators press at once, answers need a digital ID before the deadline, and the queue date
 * survives changed choices. Each test makes alternatives of its own, so no other test's entries count.
 */
@CityHallWebTest
class QueueEngineTest {

	@Autowired
	QueueEntries entries;

	@Autowired
	MakingOffers offers;

	@Autowired
	Queues queues;

	@Autowired
	QueueEvents events;

	@Autowired
	QueueAccess access;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	private final Actor administrator = new Actor(new Party.Staff("queue-admin", "Queue admin"),
			new Party.Staff("queue-admin", "Queue admin"), Actor.Representation.STAFF, java.util.Set.of(), LevelOfAssurance.LOA3);

	private String a;
	private String b;
	private String c;

	@BeforeEach
	void threeAlternativesOfThisTest() {
		a = alternative("A");
		b = alternative("B");
		c = alternative("C");
	}

	@Test
	void aFreePlaceIsOfferedToTheBestRankedAndPassesOnWhenDeclined() {
		Guardian late = guardian(LocalDate.of(2026, 5, 1), 2, a);
		Guardian sibling = guardian(LocalDate.of(2026, 6, 1), QueueApplications.SIBLING_GROUP, a);
		Guardian early = guardian(LocalDate.of(2026, 4, 1), 2, a);

		Offer first = offers.openPlaces(a, 1, LocalDate.of(2027, 8, 1), administrator).get(0);
		assertThat(first.entryId()).isEqualTo(sibling.entry.id());

		offers.decline(first.id(), sibling.actor);

		Offer second = offers.pendingFor(early.entry.id()).orElseThrow();
		assertThat(second.placeId()).isEqualTo(first.placeId());
		assertThat(offers.pendingFor(late.entry.id())).isEmpty();
		assertThat(queues.entry(sibling.entry.id()).orElseThrow().choice(a).orElseThrow().status()).isEqualTo(Choice.Status.REMOVED);
	}

	@Test
	void twoAdministratorsOfferingTheSamePlaceAtTheSameMomentMakeOneOffer() throws Exception {
		guardian(LocalDate.of(2026, 4, 1), 2, a);
		guardian(LocalDate.of(2026, 4, 2), 2, a);
		UUID place = freePlace(a);
		CountDownLatch start = new CountDownLatch(1);
		Callable<Optional<Offer>> offering = () -> {
			start.await();
			return offers.offerPlace(place, "queue-admin");
		};
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Future<Optional<Offer>> one = two.submit(offering);
			Future<Optional<Offer>> other = two.submit(offering);
			start.countDown();

			List<Optional<Offer>> made = List.of(one.get(), other.get());

			assertThat(made.stream().filter(Optional::isPresent)).hasSize(1);
			assertThat(jdbc.sql("SELECT count(*) FROM queues_offer WHERE place_id = ?").param(place).query(Integer.class).single())
					.isEqualTo(1);
		}
		finally {
			two.shutdownNow();
		}
	}

	@Test
	void anAcceptanceAfterTheDeadlineIsRefusedWithAClearMessage() {
		Guardian guardian = guardian(LocalDate.of(2026, 4, 1), 2, a);
		Offer offer = offers.openPlaces(a, 1, LocalDate.of(2027, 8, 1), administrator).get(0);
		int offerDays = queues.queue("preschool").orElseThrow().offerDays();
		MakingOffers afterTheDeadline = new MakingOffers(queues, events, access, jdbc,
				Clock.offset(Clock.systemUTC(), Duration.ofDays(offerDays).plusMinutes(1)));

		assertThatThrownBy(() -> afterTheDeadline.accept(offer.id(), guardian.actor))
				.isInstanceOfSatisfying(QueueRefused.class, refused -> {
					assertThat(refused.messageKey()).isEqualTo("queues.refused.offer-expired");
					assertThat(messages.getMessage(refused.messageKey(), refused.arguments().toArray(), Locale.ENGLISH))
							.startsWith("The offer could not be accepted: the deadline passed on "
									+ MakingOffers.stockholmTime(offer.deadline()));
				});
		assertThat(queues.entry(guardian.entry.id()).orElseThrow().status()).isEqualTo(Entry.Status.WAITING);
		assertThat(offers.offer(offer.id()).orElseThrow().status()).isEqualTo(Offer.Status.PENDING);
	}

	@Test
	void anExpiredOfferPassesThePlaceToTheNextInLine() {
		Guardian first = guardian(LocalDate.of(2026, 4, 1), 2, a);
		Guardian next = guardian(LocalDate.of(2026, 4, 2), 2, a);
		Offer offer = offers.openPlaces(a, 1, LocalDate.of(2027, 8, 1), administrator).get(0);
		jdbc.sql("UPDATE queues_offer SET deadline = ? WHERE id = ?").params(Timestamp.from(Instant.now().minusSeconds(60)), offer.id())
				.update();

		offers.expireOverdue();

		assertThat(offers.offer(offer.id()).orElseThrow().status()).isEqualTo(Offer.Status.EXPIRED);
		assertThat(offers.pendingFor(next.entry.id())).map(Offer::placeId).contains(offer.placeId());
		assertThat(offers.pendingFor(first.entry.id())).isEmpty();
	}

	@Test
	void answeringAnOfferNeedsADigitalIdAtAHigherLevel() {
		Guardian guardian = guardian(LocalDate.of(2026, 4, 1), 2, a);
		Offer offer = offers.openPlaces(a, 1, LocalDate.of(2027, 8, 1), administrator).get(0);
		Actor lowerLevel = new Actor(guardian.actor.who(), guardian.actor.forWhom(), Actor.Representation.SELF, java.util.Set.of(),
				LevelOfAssurance.LOA2);

		assertThatThrownBy(() -> offers.accept(offer.id(), lowerLevel))
				.isInstanceOfSatisfying(QueueRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.assurance"));
		assertThat(offers.offer(offer.id()).orElseThrow().isPending()).isTrue();
	}

	@Test
	void acceptingRemovesTheLowerChoicesAndKeepsTheHigherOnesWhenAsked() {
		Guardian keeping = guardian(LocalDate.of(2026, 4, 1), 2, true, a, b, c);
		Guardian notKeeping = guardian(LocalDate.of(2026, 4, 2), 2, false, a, b, c);
		offers.openPlaces(b, 2, LocalDate.of(2027, 8, 1), administrator);

		Entry kept = offers.accept(offers.pendingFor(keeping.entry.id()).orElseThrow().id(), keeping.actor);
		Entry placed = offers.accept(offers.pendingFor(notKeeping.entry.id()).orElseThrow().id(), notKeeping.actor);

		assertThat(statuses(kept)).containsExactly(Map.entry(a, Choice.Status.ACTIVE), Map.entry(b, Choice.Status.PLACED),
				Map.entry(c, Choice.Status.REMOVED));
		assertThat(kept.status()).isEqualTo(Entry.Status.WAITING);
		assertThat(statuses(placed)).containsExactly(Map.entry(a, Choice.Status.REMOVED), Map.entry(b, Choice.Status.PLACED),
				Map.entry(c, Choice.Status.REMOVED));
		assertThat(placed.status()).isEqualTo(Entry.Status.PLACED);
	}

	@Test
	void changingChoicesKeepsTheQueueDateAndThePlaceInLine() {
		Guardian ahead = guardian(LocalDate.of(2026, 3, 1), 2, a, b);
		guardian(LocalDate.of(2026, 3, 15), 2, c);

		Entry changed = entries.changeChoices(ahead.entry.reference(), ahead.actor, List.of(c, a), false);

		assertThat(changed.queueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(changed.registeredAt()).isEqualTo(ahead.entry.registeredAt());
		assertThat(entries.standings(changed).get(c).position()).isEqualTo(1);
		assertThat(entries.standings(changed).keySet()).containsExactly(c, a);
	}

	@Test
	void aStandingExplainsWhatSetsTheEntryBehindTheOneAhead() {
		guardian(LocalDate.of(2026, 3, 1), 2, a);
		Guardian sameDay = guardian(LocalDate.of(2026, 3, 1), 2, a);
		Guardian later = guardian(LocalDate.of(2026, 3, 9), 2, a);

		assertThat(entries.standings(sameDay.entry).get(a).explanationKey()).isEqualTo("queues.standing.behind-by.registered-at");
		assertThat(entries.standings(later.entry).get(a).explanationKey()).isEqualTo("queues.standing.behind-by.queue-date");
		assertThat(entries.standings(later.entry).get(a).position()).isEqualTo(3);
	}

	@Test
	void withdrawingGivesUpAnOfferAndThePlacePassesOn() {
		Guardian leaving = guardian(LocalDate.of(2026, 3, 1), 2, a);
		Guardian next = guardian(LocalDate.of(2026, 3, 2), 2, a);
		Offer offer = offers.openPlaces(a, 1, LocalDate.of(2027, 8, 1), administrator).get(0);

		entries.withdraw(leaving.entry.reference(), leaving.actor);

		assertThat(queues.entry(leaving.entry.id()).orElseThrow().status()).isEqualTo(Entry.Status.WITHDRAWN);
		assertThat(offers.pendingFor(next.entry.id())).map(Offer::placeId).contains(offer.placeId());
	}

	@Test
	void anotherFamilyCannotAnswerTheOffer() {
		Guardian guardian = guardian(LocalDate.of(2026, 3, 1), 2, a);
		Guardian stranger = guardian(LocalDate.of(2026, 3, 2), 2, b);
		Offer offer = offers.openPlaces(a, 1, LocalDate.of(2027, 8, 1), administrator).get(0);

		assertThatThrownBy(() -> offers.accept(offer.id(), stranger.actor)).isInstanceOf(QueueRefused.class);
		assertThat(offers.offer(offer.id()).orElseThrow().isPending()).isTrue();
		assertThat(guardian.entry.isWaiting()).isTrue();
	}

	@Test
	void anExceptionNeedsAReasonAndMovesTheEntryAhead() {
		guardian(LocalDate.of(2026, 3, 1), 2, a);
		Guardian moved = guardian(LocalDate.of(2026, 3, 9), 2, a);

		assertThatThrownBy(() -> entries.makeException(moved.entry.reference(), administrator, 0, " "))
				.isInstanceOf(QueueRefused.class);
		entries.makeException(moved.entry.reference(), administrator, 0, "Särskilda skäl enligt socialtjänstens yttrande");

		assertThat(entries.standings(queues.entry(moved.entry.id()).orElseThrow()).get(a).position()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT reason FROM queues_exception WHERE entry_id = ?").param(moved.entry.id()).query(String.class).list())
				.containsExactly("Särskilda skäl enligt socialtjänstens yttrande");
	}

	private static Map<String, Choice.Status> statuses(Entry entry) {
		Map<String, Choice.Status> statuses = new java.util.LinkedHashMap<>();
		entry.choices().forEach(choice -> statuses.put(choice.alternativeId(), choice.status()));
		return statuses;
	}

	private record Guardian(Entry entry, Actor actor) {
	}

	private Guardian guardian(LocalDate queueDate, int group, String... choices) {
		return guardian(queueDate, group, false, choices);
	}

	/** A guardian known only to this test (an anonymous applicant with a child of a made-up number), in the pre-school queue. */
	private Guardian guardian(LocalDate queueDate, int group, boolean keepHigher, String... choices) {
		String reference = "T-" + UuidCreator.getTimeOrderedEpoch();
		Party applicant = new Party.Anonymous(reference, null);
		Party child = new Party.Anonymous("child-" + reference, null);
		Entry entry = entries.register(new QueueEntries.Registration("preschool", reference, applicant, child, Optional.empty(),
				queueDate, group, Optional.empty(), Optional.of(queueDate.plusMonths(4)), List.of(choices), keepHigher,
				Optional.empty(), Optional.empty()));
		return new Guardian(entry, new Actor(applicant, child, Actor.Representation.SELF, java.util.Set.of(), LevelOfAssurance.LOA3));
	}

	private String alternative(String name) {
		String id = "test-" + UuidCreator.getTimeOrderedEpoch();
		queues.insertAlternative(new Alternative(id, "preschool", "Test " + name, "Test", Map.of()));
		jdbc.sql("UPDATE queues_alternative SET published = false WHERE id = ?").param(id).update();
		return id;
	}

	private UUID freePlace(String alternative) {
		UUID id = UuidCreator.getTimeOrderedEpoch();
		jdbc.sql("INSERT INTO queues_place (id, alternative_id, available_from, status, created_by, created_at) "
				+ "VALUES (?, ?, ?, 'free', 'test', now())").params(id, alternative, LocalDate.of(2027, 8, 1)).update();
		return id;
	}

}
