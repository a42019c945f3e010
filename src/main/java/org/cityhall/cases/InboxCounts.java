package org.cityhall.cases;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The inbox tabs' counts, kept for a few seconds per department and officer. Counting a department's
 * open cases reads every one of them (thousands at a large department); an officer moving between tabs
 * and pages, or a team refreshing the inbox, would count them again on every page.
 * <p>
 * A case of the department that is submitted or changed on this node drops the department's counts at
 * once and again when its transaction commits, so that officers of this node see their own work counted
 * on the next page. A change made on another node shows within the time the counts are kept
 * ({@code cityhall.cases.inbox-counts-ttl}, 5 seconds by default); the lists themselves are always read
 * fresh. Counts read while a change was being made are not kept: each is stamped with the department's
 * generation as it was before the count began.
 */
@Component
final class InboxCounts {

	/** The most departments and officers kept at once; past it, the counts are dropped and made again. */
	static final int MAX_ENTRIES = 10_000;

	private final long ttlNanos;
	private final LongSupplier nanoTime;
	private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
	private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

	@Autowired
	InboxCounts(@Value("${cityhall.cases.inbox-counts-ttl:PT5S}") Duration ttl) {
		this(ttl, System::nanoTime);
	}

	InboxCounts(Duration ttl, LongSupplier nanoTime) {
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
	}

	/** The counts of a department for an officer: kept ones while they are fresh, else counted now. */
	Map<CaseLists.Filter, Long> of(String department, String officerId, Supplier<Map<CaseLists.Filter, Long>> count) {
		if (ttlNanos <= 0) {
			return count.get();
		}
		long generation = generation(department).get();
		Key key = new Key(department, officerId);
		long now = nanoTime.getAsLong();
		Kept found = kept.get(key);
		if (found != null && found.generation() == generation && now - found.countedAt() < ttlNanos) {
			return found.counts();
		}
		Map<CaseLists.Filter, Long> counts = Map.copyOf(count.get());
		if (kept.size() >= MAX_ENTRIES) {
			kept.clear();
		}
		kept.put(key, new Kept(generation, now, counts));
		return counts;
	}

	/** A case of the department was submitted or changed: its counts are counted again, now and after the commit. */
	void changed(String department) {
		generation(department).incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					generation(department).incrementAndGet();
				}
			});
		}
	}

	private AtomicLong generation(String department) {
		return generations.computeIfAbsent(department, any -> new AtomicLong());
	}

	private record Key(String department, String officerId) {
	}

	private record Kept(long generation, long countedAt, Map<CaseLists.Filter, Long> counts) {
	}
}
