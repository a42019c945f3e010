package org.cityhall.queues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The housing queue's listings: landlords (companies, through someone who signs for them) publish
 * them; members register interest (a listing is one of their choices, up to the queue's limit); the
 * landlord sees those interested ranked by queue days, leaving out households the listing's
 * requirements exclude.
 */
@Service
public class HousingListings {

	public static final String QUEUE = "housing";

	private final Queues queues;

	HousingListings(Queues queues) {
		this.queues = queues;
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
