package org.cityhall.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most so many entries: putting one more drops the one least recently read or
 * written. For what a node remembers of many callers (pages, counters, made sections) without growing
 * with them. Not synchronized: callers that share one across threads lock it.
 */
public final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

	private static final long serialVersionUID = 1L;

	private final int most;

	public LeastRecentlyUsed(int initialCapacity, int most) {
		super(initialCapacity, 0.75f, true);
		if (most < 1) {
			throw new IllegalArgumentException("a map keeps at least one entry, not " + most);
		}
		this.most = most;
	}

	@Override
	protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
		return size() > most;
	}
}
