package org.cityhall.queues;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.queues.QueueEntryChanged.Change;

import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The housing queue's listings: landlords (companies, through someone who signs for them) publish
 * them; members register interest (a listing is one of their choices, up to the queue's limit); the
 * landlord sees those interested ranked by queue days, leaving out households the listing's
 * requirements exclude, invites the best ranked to a viewing and offers the contract to the member
 * they choose. A member who accepts the contract with digital ID leaves the queue: their queue days
 * are used.
 */
@Service
public class HousingListings {

	public static final String QUEUE = "housing";

	/** At most this many members are invited to one viewing at a time. */
	public static final int MAX_INVITED = 50;

	private final Queues queues;
	private final QueueEvents events;
	private final QueueAccess access;
	private final MakingOffers offers;
	private final JdbcClient jdbc;
	private final Clock clock;

	HousingListings(Queues queues, QueueEvents events, QueueAccess access, MakingOffers offers, JdbcClient jdbc, Clock clock) {
		this.queues = queues;
		this.events = events;
		this.access = access;
		this.offers = offers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An invitation to a listing's viewing, and the member's answer. */
	public record Viewing(UUID id, String listingId, UUID entryId, Instant at, String place, Answer answer) {

		public enum Answer {
			PENDING, COMING, NOT_COMING;

			String code() {
				return name().toLowerCase(Locale.ROOT).replace('_', '-');
			}

			static Answer of(String code) {
				return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
			}
		}
	}

	/**
	 * Invites the best-ranked members who meet the listing's requirements and are not invited yet to a
	 * viewing, each told through a {@link QueueEntryChanged}.
	 *
	 * @return the invitations made, best ranked first
	 */
	@Transactional
	public List<Viewing> inviteToViewing(Actor actor, String listingId, int count, Instant at, String place) {
		Alternative listing = ownListing(actor, listingId);
		if (count < 1 || count > MAX_INVITED) {
			throw new QueueRefused("queues.refused.viewing-count", MAX_INVITED);
		}
		if (!at.isAfter(clock.instant())) {
			throw new QueueRefused("queues.refused.viewing-past");
		}
		if (place == null || place.isBlank() || place.length() > 200) {
			throw new QueueRefused("queues.refused.viewing-place");
		}
		java.util.Set<UUID> invited = new java.util.HashSet<>(viewings(listingId).stream().map(Viewing::entryId).toList());
		Instant now = clock.instant();
		List<Viewing> made = new ArrayList<>();
		for (Entry member : rankedInterest(listing)) {
			if (made.size() == count) {
				break;
			}
			if (invited.contains(member.id())) {
				continue;
			}
			Viewing viewing = new Viewing(UuidCreator.getTimeOrderedEpoch(), listingId, member.id(), at, place.strip(),
					Viewing.Answer.PENDING);
			jdbc.sql("INSERT INTO queues_viewing (id, alternative_id, entry_id, at, place, invited_by, invited_at, answer) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')")
					.params(viewing.id(), listingId, member.id(), Timestamp.from(at), viewing.place(), actor.who().id(),
							Timestamp.from(now))
					.update();
			events.publish(member, Change.VIEWING_INVITED, Optional.of(listingId),
					Optional.of(MakingOffers.stockholmTime(at) + ", " + viewing.place()), false, now);
			made.add(viewing);
		}
		return made;
	}

	/** The invitations to the listing's viewings, earliest invited first. */
	public List<Viewing> viewings(String listingId) {
		return jdbc.sql("SELECT * FROM queues_viewing WHERE alternative_id = ? ORDER BY invited_at, id").param(listingId)
				.query(HousingListings::viewing).list();
	}

	/** The member's invitations, the next viewing first. */
	public List<Viewing> invitationsOf(Entry member) {
		return jdbc.sql("SELECT * FROM queues_viewing WHERE entry_id = ? ORDER BY at, id").param(member.id())
				.query(HousingListings::viewing).list();
	}

	/** The member answers whether they come to the viewing; they may change their answer. */
	@Transactional
	public void answerViewing(UUID viewingId, Actor actor, boolean coming) {
		Viewing viewing = jdbc.sql("SELECT * FROM queues_viewing WHERE id = ? FOR UPDATE").param(viewingId)
				.query(HousingListings::viewing).optional()
				.orElseThrow(() -> new QueueRefused("queues.refused.no-viewing"));
		Entry member = queues.entry(viewing.entryId()).filter(entry -> access.mayActOn(entry, actor))
				.orElseThrow(() -> new QueueRefused("queues.refused.no-viewing"));
		if (!member.isWaiting()) {
			throw new QueueRefused("queues.refused.not-waiting", member.reference());
		}
		jdbc.sql("UPDATE queues_viewing SET answer = ?, answered_at = ? WHERE id = ?")
				.params((coming ? Viewing.Answer.COMING : Viewing.Answer.NOT_COMING).code(), Timestamp.from(clock.instant()),
						viewing.id())
				.update();
	}

	/**
	 * Offers the listing's contract to a member the landlord chose among those interested who meet its
	 * requirements, usually the best ranked of those who came to the viewing. The member accepts or
	 * declines with digital ID, as any offer ({@link MakingOffers#accept}).
	 */
	@Transactional
	public Offer offerContract(Actor actor, String listingId, UUID entryId) {
		Alternative listing = ownListing(actor, listingId);
		if (rankedInterest(listing).stream().noneMatch(member -> member.id().equals(entryId))) {
			throw new QueueRefused("queues.refused.not-interested");
		}
		return offers.offerTo(listingId, entryId, actor.who().id());
	}

	private Alternative ownListing(Actor actor, String listingId) {
		Party.Organisation landlord = landlordOf(actor).orElseThrow(() -> new QueueRefused("queues.refused.not-landlord"));
		return queues.alternative(listingId).filter(listing -> QUEUE.equals(listing.queueId()))
				.filter(listing -> landlord.id().equals(listing.textFact("landlord")))
				.orElseThrow(() -> new QueueRefused("queues.refused.not-landlord"));
	}

	private static Viewing viewing(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Viewing(rs.getObject("id", UUID.class), rs.getString("alternative_id"), rs.getObject("entry_id", UUID.class),
				rs.getTimestamp("at").toInstant(), rs.getString("place"), Viewing.Answer.of(rs.getString("answer")));
	}

	/** What a landlord publishes. */
	public record Listing(String name, String district, int rooms, int sizeSquareMetres, int rentPerMonth,
			Optional<Integer> maxHousehold, boolean incomeRequired) {
	}

	/** Publishes the listing for the company the actor signs for. */
	@Transactional
	public Alternative publish(Actor actor, Listing listing) {
		Party.Organisation landlord = landlordOf(actor).orElseThrow(() -> new QueueRefused("queues.refused.not-landlord"));
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("landlord", landlord.id());
		facts.put("rooms", listing.rooms());
		facts.put("size", listing.sizeSquareMetres());
		facts.put("rent", listing.rentPerMonth());
		listing.maxHousehold().ifPresent(max -> facts.put("maxHousehold", max));
		facts.put("incomeRequired", listing.incomeRequired());
		Alternative published = new Alternative("listing-" + UuidCreator.getTimeOrderedEpoch(), QUEUE, listing.name(),
				listing.district(), facts);
		queues.insertAlternative(published);
		return published;
	}

	/** The listings of the company the actor signs for. */
	public List<Alternative> listingsOf(Actor actor) {
		return landlordOf(actor).map(landlord -> queues.alternatives(QUEUE).stream()
				.filter(listing -> landlord.id().equals(listing.textFact("landlord"))).toList()).orElse(List.of());
	}

	/** The members interested in the listing, best ranked first, without those its requirements exclude. */
	public List<Entry> rankedInterest(Alternative listing) {
		Queue queue = queues.queue(QUEUE).orElseThrow();
		OrderIndex order = queues.orderFor(listing, queue.rule());
		List<java.util.UUID> ids = new ArrayList<>(order.size());
		for (int position = 1; position <= order.size(); position++) {
			ids.add(order.at(position).entryId());
		}
		return queues.entries(ids).stream().filter(member -> meetsRequirements(listing, member)).toList();
	}

	/** Whether the listing asks anything of a household; an alternative that is no listing asks nothing. */
	static boolean hasRequirements(Alternative listing) {
		return listing.facts().containsKey("maxHousehold") || Boolean.TRUE.equals(listing.facts().get("incomeRequired"));
	}

	static boolean meetsRequirements(Alternative listing, Entry member) {
		int maxHousehold = listing.intFact("maxHousehold", Integer.MAX_VALUE);
		boolean incomeRequired = Boolean.TRUE.equals(listing.facts().get("incomeRequired"));
		return member.householdSize().orElse(1) <= maxHousehold && (!incomeRequired || member.meetsIncome().orElse(false));
	}

	/** The actor's waiting membership of the housing queue. */
	public Optional<Entry> membershipOf(Actor actor) {
		return queues.entriesOf(actor.who()).stream().filter(entry -> entry.queueId().equals(QUEUE) && entry.isWaiting())
				.findFirst();
	}

	static Optional<Party.Organisation> landlordOf(Actor actor) {
		return actor.forWhom() instanceof Party.Organisation organisation ? Optional.of(organisation) : Optional.empty();
	}
}
