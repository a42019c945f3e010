package org.cityhall.queues;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.queues.Entry.Choice;
import org.cityhall.queues.QueueEntryChanged.Change;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Free places and their offers. A free place goes to the best-ranked waiting entry that has no other
 * offer out; the offer is accepted or declined with a digital ID before its deadline, and a decline or
 * an expiry passes the place to the next in line. A place is offered by one administrator only: the
 * place's row changes from free to offered once, so two offering at the same moment make one offer.
 */
@Service
public class MakingOffers {

	/** Accepting or declining a place binds the family: it needs a digital ID at this level. */
	public static final LevelOfAssurance ANSWERING_NEEDS = LevelOfAssurance.LOA3;
	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final Queues queues;
	private final QueueEvents events;
	private final QueueAccess access;
	private final JdbcClient jdbc;
	private final Clock clock;

	MakingOffers(Queues queues, QueueEvents events, QueueAccess access, JdbcClient jdbc, Clock clock) {
		this.queues = queues;
		this.events = events;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Opens places at the alternative from a date and offers each to the next in line ("fill 12 places at
	 * this pre-school from 1 August"). Places the queue cannot fill stay free and show as free places.
	 *
	 * @return the offers made
	 */
	@Transactional
	public List<Offer> openPlaces(String alternativeId, int count, LocalDate availableFrom, Actor administrator) {
		if (count < 1 || count > 500) {
			throw new QueueRefused("queues.refused.place-count");
		}
		Alternative alternative = queues.alternative(alternativeId)
				.orElseThrow(() -> new QueueRefused("queues.refused.unknown-choice", alternativeId));
		Queue queue = queues.queue(alternative.queueId()).orElseThrow();
		// One read of the order for all the places: each goes to the next in line after the one before.
		OrderIndex order = queues.orderFor(alternative, queue.rule());
		int[] next = {1};
		List<Offer> made = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID place = UuidCreator.getTimeOrderedEpoch();
			jdbc.sql("INSERT INTO queues_place (id, alternative_id, available_from, status, created_by, created_at) "
					+ "VALUES (?, ?, ?, 'free', ?, ?)")
					.params(place, alternativeId, availableFrom, administrator.who().id(), Timestamp.from(clock.instant()))
					.update();
			if (take(place)) {
				offerNext(place, alternative, queue, order, next, administrator.who().id()).ifPresent(made::add);
			}
		}
		return made;
	}

	/**
	 * Offers a free place to the best-ranked waiting entry without another offer out. Empty when the place
	 * is no longer free (someone offered it first) or nobody waits for it.
	 */
	@Transactional
	public Optional<Offer> offerPlace(UUID placeId, String madeBy) {
		if (!take(placeId)) {
			return Optional.empty();
		}
		String alternativeId = jdbc.sql("SELECT alternative_id FROM queues_place WHERE id = ?").param(placeId)
				.query(String.class).single();
		Alternative alternative = queues.alternative(alternativeId).orElseThrow();
		Queue queue = queues.queue(alternative.queueId()).orElseThrow();
		return offerNext(placeId, alternative, queue, queues.orderFor(alternative, queue.rule()), new int[] {1}, madeBy);
	}

	/**
	 * Offers a new place at the alternative to one chosen entry, as a landlord offers a flat's contract to
	 * the member they chose after a viewing. Refused when the entry is not waiting or already has an offer.
	 */
	@Transactional
	public Offer offerTo(String alternativeId, UUID entryId, String madeBy) {
		Alternative alternative = queues.alternative(alternativeId)
				.orElseThrow(() -> new QueueRefused("queues.refused.unknown-choice", alternativeId));
		Queue queue = queues.queue(alternative.queueId()).orElseThrow();
		if (!lockIfFreeToOffer(entryId)) {
			throw new QueueRefused("queues.refused.not-free-to-offer");
		}
		UUID place = UuidCreator.getTimeOrderedEpoch();
		jdbc.sql("INSERT INTO queues_place (id, alternative_id, available_from, status, created_by, created_at) "
				+ "VALUES (?, ?, ?, 'offered', ?, ?)")
				.params(place, alternativeId, LocalDate.now(clock.withZone(SWEDEN)), madeBy, Timestamp.from(clock.instant()))
				.update();
		return offer(place, alternative, queue, entryId, madeBy);
	}

	/** Makes the offer of the taken place to the locked entry, with the queue's deadline, and tells them. */
	private Offer offer(UUID placeId, Alternative alternative, Queue queue, UUID entryId, String madeBy) {
		Instant now = clock.instant();
		Offer offer = new Offer(UuidCreator.getTimeOrderedEpoch(), placeId, entryId, alternative.id(), Offer.Status.PENDING,
				madeBy, now, now.plus(Duration.ofDays(queue.offerDays())), Optional.empty());
		jdbc.sql("INSERT INTO queues_offer (id, place_id, entry_id, alternative_id, status, made_by, made_at, deadline) "
				+ "VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)")
				.params(offer.id(), placeId, entryId, alternative.id(), madeBy, Timestamp.from(now), Timestamp.from(offer.deadline()))
				.update();
		Entry entry = queues.entry(entryId).orElseThrow();
		events.publish(entry, queue, alternative, Change.OFFERED, Optional.of(stockholmTime(offer.deadline())), now);
		return offer;
	}

	/**
	 * Marks the place offered if it is free. Taking the place is one conditional update: of two
	 * administrators at the same moment, the second waits for the first's row lock, then finds the place
	 * offered and changes nothing.
	 */
	private boolean take(UUID placeId) {
		return jdbc.sql("UPDATE queues_place SET status = 'offered' WHERE id = ? AND status = 'free'").param(placeId).update() > 0;
	}

	/**
	 * Offers the taken place to the first entry free to take it, from the position {@code next[0]} on, and
	 * leaves {@code next[0]} just after it; frees the place again when nobody is left.
	 */
	private Optional<Offer> offerNext(UUID placeId, Alternative alternative, Queue queue, OrderIndex order, int[] next,
			String madeBy) {
		for (; next[0] <= order.size(); next[0]++) {
			UUID candidate = order.at(next[0]).entryId();
			// A listing's requirements (household size, income) leave some members out; other alternatives have none.
			if (lockIfFreeToOffer(candidate) && (!HousingListings.hasRequirements(alternative)
					|| queues.entry(candidate).filter(entry -> HousingListings.meetsRequirements(alternative, entry)).isPresent())) {
				next[0]++;
				return Optional.of(offer(placeId, alternative, queue, candidate, madeBy));
			}
		}
		jdbc.sql("UPDATE queues_place SET status = 'free' WHERE id = ?").param(placeId).update();
		return Optional.empty();
	}

	/**
	 * Accepts the offer for the entry. Refused without a digital ID at {@link #ANSWERING_NEEDS}, for
	 * someone who may not act on the entry, and after the deadline. The entry leaves the lower choices;
	 * it keeps waiting for the higher ones only if the applicant asked to keep them.
	 */
	@Transactional
	public Entry accept(UUID offerId, Actor actor) {
		Offer offer = answerable(offerId, actor);
		Entry entry = queues.entry(offer.entryId()).orElseThrow();
		Instant now = clock.instant();
		close(offer, Offer.Status.ACCEPTED, now);
		jdbc.sql("UPDATE queues_place SET status = 'filled' WHERE id = ?").param(offer.placeId()).update();
		int accepted = entry.choice(offer.alternativeId()).map(Choice::preference).orElseThrow();
		queues.setChoiceStatus(entry.id(), offer.alternativeId(), Choice.Status.PLACED);
		boolean stillWaiting = false;
		for (Choice choice : entry.activeChoices()) {
			boolean kept = choice.preference() < accepted && entry.keepHigher();
			if (!choice.alternativeId().equals(offer.alternativeId()) && !kept) {
				queues.setChoiceStatus(entry.id(), choice.alternativeId(), Choice.Status.REMOVED);
			}
			stillWaiting |= kept;
		}
		if (!stillWaiting) {
			queues.setStatus(entry.id(), Entry.Status.PLACED);
		}
		events.publish(entry, Change.ACCEPTED, Optional.of(offer.alternativeId()), Optional.empty(), !stillWaiting, now);
		return queues.entry(entry.id()).orElseThrow();
	}

	/** Declines the offer: the entry gives up that choice and the place goes to the next in line. */
	@Transactional
	public void decline(UUID offerId, Actor actor) {
		Offer offer = answerable(offerId, actor);
		passOn(offer, Offer.Status.DECLINED, Change.DECLINED);
	}

	/** Closes the offers whose deadline passed, passing each place to the next in line. */
	@Transactional
	public int expireOverdue() {
		List<UUID> overdue = jdbc.sql("SELECT id FROM queues_offer WHERE status = 'pending' AND deadline < ? "
				+ "ORDER BY deadline FOR UPDATE SKIP LOCKED").param(Timestamp.from(clock.instant())).query(UUID.class).list();
		for (UUID id : overdue) {
			passOn(offer(id).orElseThrow(), Offer.Status.EXPIRED, Change.EXPIRED);
		}
		return overdue.size();
	}

	public Optional<Offer> offer(UUID id) {
		return jdbc.sql("SELECT * FROM queues_offer WHERE id = ?").param(id).query(MakingOffers::map).optional();
	}

	/** The entry's offer still waiting for an answer. */
	public Optional<Offer> pendingFor(UUID entryId) {
		return jdbc.sql("SELECT * FROM queues_offer WHERE entry_id = ? AND status = 'pending'").param(entryId)
				.query(MakingOffers::map).optional();
	}

	/** Every offer made for the alternative's places, newest first. */
	public List<Offer> offersAt(String alternativeId) {
		return jdbc.sql("SELECT * FROM queues_offer WHERE alternative_id = ? ORDER BY made_at DESC").param(alternativeId)
				.query(MakingOffers::map).list();
	}

	/** How many of the alternative's places are free: opened and neither offered nor filled. */
	public int freePlaces(String alternativeId) {
		return jdbc.sql("SELECT count(*) FROM queues_place WHERE alternative_id = ? AND status = 'free'").param(alternativeId)
				.query(Integer.class).single();
	}

	void setKeepHigher(UUID entryId, boolean keepHigher) {
		jdbc.sql("UPDATE queues_entry SET keep_higher = ?, version = version + 1 WHERE id = ?").params(keepHigher, entryId)
				.update();
	}

	void recordException(UUID entryId, String what, String reason, String madeBy, Instant at) {
		jdbc.sql("INSERT INTO queues_exception (id, entry_id, what, reason, made_by, made_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(UuidCreator.getTimeOrderedEpoch(), entryId, what, reason, madeBy, Timestamp.from(at)).update();
	}

	private Offer answerable(UUID offerId, Actor actor) {
		if (!actor.assurance().isAtLeast(ANSWERING_NEEDS)) {
			throw new QueueRefused("queues.refused.assurance");
		}
		Offer offer = jdbc.sql("SELECT * FROM queues_offer WHERE id = ? FOR UPDATE").param(offerId).query(MakingOffers::map)
				.optional().orElseThrow(() -> new QueueRefused("queues.refused.no-offer"));
		Entry entry = queues.entry(offer.entryId()).orElseThrow();
		if (!access.mayActOn(entry, actor)) {
			throw new QueueRefused("queues.refused.no-offer");
		}
		if (offer.status() == Offer.Status.EXPIRED
				|| offer.status() == Offer.Status.PENDING && clock.instant().isAfter(offer.deadline())) {
			throw new QueueRefused("queues.refused.offer-expired", stockholmTime(offer.deadline()));
		}
		if (!offer.isPending()) {
			throw new QueueRefused("queues.refused.offer-answered");
		}
		return offer;
	}

	private void passOn(Offer offer, Offer.Status status, Change change) {
		Instant now = clock.instant();
		close(offer, status, now);
		queues.setChoiceStatus(offer.entryId(), offer.alternativeId(), Choice.Status.REMOVED);
		jdbc.sql("UPDATE queues_place SET status = 'free' WHERE id = ?").param(offer.placeId()).update();
		events.publish(queues.entry(offer.entryId()).orElseThrow(), change, Optional.of(offer.alternativeId()), Optional.empty(),
				false, now);
		offerPlace(offer.placeId(), offer.madeBy());
	}

	private void close(Offer offer, Offer.Status status, Instant at) {
		jdbc.sql("UPDATE queues_offer SET status = ?, answered_at = ? WHERE id = ?")
				.params(Queues.code(status), Timestamp.from(at), offer.id()).update();
	}

	/** Locks the entry and tells whether it still waits with no offer out, so no entry gets two at once. */
	private boolean lockIfFreeToOffer(UUID entryId) {
		boolean waiting = jdbc.sql("SELECT status FROM queues_entry WHERE id = ? FOR UPDATE").param(entryId)
				.query(String.class).optional().filter("waiting"::equals).isPresent();
		return waiting && jdbc.sql("SELECT count(*) FROM queues_offer WHERE entry_id = ? AND status = 'pending'")
				.param(entryId).query(Integer.class).single() == 0;
	}

	/** A moment as Stockholm reads it, to the minute: {@code 2026-12-11 14:05}. */
	public static String stockholmTime(Instant instant) {
		return instant.atZone(SWEDEN).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
	}

	private static Offer map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Offer(rs.getObject("id", UUID.class), rs.getObject("place_id", UUID.class), rs.getObject("entry_id", UUID.class),
				rs.getString("alternative_id"), Offer.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
				rs.getString("made_by"), rs.getTimestamp("made_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
				Optional.ofNullable(Queues.instant(rs.getTimestamp("answered_at"))));
	}
}
