package org.cityhall.queues.bench;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.queues.Alternative;
import org.cityhall.queues.HousingListings;
import org.cityhall.queues.MakingOffers;
import org.cityhall.queues.OrderIndex.Standing;
import org.cityhall.queues.Queue;
import org.cityhall.queues.Queues;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The queues benchmark's endpoints (bench/scenarios/queues.properties), only with {@code
 * cityhall.bench.baseline-endpoint=true}, over the data set bench/scenarios/queues/load.sh loads:
 * <ul>
 * <li>{@code GET /bench/queues/position}: a random member's standing in a random listing they are
 * interested in, as My pages shows it: the listing, the queue and the listing's order (kept in memory,
 * checked against its order version);</li>
 * <li>{@code GET /bench/queues/ranking}: a random listing's interested members, ranked, as its landlord
 * sees them;</li>
 * <li>{@code POST /bench/queues/offer-round}: an offer round: three places opened at each of the 100
 * bench pre-schools and each offered to the next in line, in one transaction that is rolled back at the
 * end, so every round starts from the same queues. The events' publications are written and rolled back
 * with it; what listeners do after a commit is not part of the figure.</li>
 * </ul>
 */
@RestController
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BenchQueuesController {

	static final int PER_LISTING = 1_500;
	static final int PRESCHOOLS = 100;
	static final int PLACES_EACH = 3;

	private final Queues queues;
	private final HousingListings listings;
	private final MakingOffers offers;
	private final TransactionTemplate transactions;
	private volatile int members;
	private volatile int listingCount;

	BenchQueuesController(Queues queues, HousingListings listings, MakingOffers offers, TransactionTemplate transactions) {
		this.queues = queues;
		this.listings = listings;
		this.offers = offers;
		this.transactions = transactions;
	}

	/** The data set's size, told by the load script. */
	@PostMapping(path = "/bench/queues/setup", produces = MediaType.TEXT_PLAIN_VALUE)
	String setup(@RequestParam int members, @RequestParam int listings) {
		this.members = members;
		this.listingCount = listings;
		return members + " members, " + listings + " listings";
	}

	@GetMapping(path = "/bench/queues/position", produces = MediaType.TEXT_PLAIN_VALUE)
	String position() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int listing = random.nextInt(loadedListings());
		int member = (int) (((long) listing * PER_LISTING + random.nextInt(PER_LISTING)) % members);
		Alternative alternative = queues.alternative(listingId(listing)).orElseThrow();
		Queue queue = queues.queue(alternative.queueId()).orElseThrow();
		Standing standing = queues.orderFor(alternative, queue.rule()).standing(memberId(member))
				.orElseThrow(() -> new IllegalStateException("member " + member + " is not waiting for listing " + listing));
		return standing.position() + " of " + standing.waiting();
	}

	@GetMapping(path = "/bench/queues/ranking", produces = MediaType.TEXT_PLAIN_VALUE)
	String ranking() {
		int listing = ThreadLocalRandom.current().nextInt(loadedListings());
		Alternative alternative = queues.alternative(listingId(listing)).orElseThrow();
		return listings.rankedInterest(alternative).size() + " ranked";
	}

	@PostMapping(path = "/bench/queues/offer-round", produces = MediaType.TEXT_PLAIN_VALUE)
	String offerRound() {
		Actor administrator = new Actor(new Party.Staff("bench-queue-admin", "Bänkhandläggare"),
				new Party.Staff("bench-queue-admin", "Bänkhandläggare"), Actor.Representation.STAFF, Set.of(), LevelOfAssurance.LOA3);
		Integer made = transactions.execute(status -> {
			int offered = 0;
			for (int p = 0; p < PRESCHOOLS; p++) {
				offered += offers.openPlaces(String.format(Locale.ROOT, "bench-preschool-%03d", p), PLACES_EACH,
						LocalDate.of(2027, 8, 1), administrator).size();
			}
			status.setRollbackOnly();
			return offered;
		});
		return made + " offers";
	}

	private int loadedListings() {
		if (listingCount == 0) {
			throw new IllegalStateException("the queues data set is not loaded: run bench/run queues");
		}
		return listingCount;
	}

	private static String listingId(int listing) {
		return String.format(Locale.ROOT, "bench-listing-%04d", listing);
	}

	private static UUID memberId(int member) {
		return UUID.fromString(String.format(Locale.ROOT, "00000000-0000-7000-a000-%012d", member));
	}
}
