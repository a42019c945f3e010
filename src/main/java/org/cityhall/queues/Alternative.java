package org.cityhall.queues;

import java.util.Map;

/**
 * What an entry can be offered a place in: a pre-school, a course, a housing listing.
 *
 * @param facts what the alternative carries beyond its name: a course's subject, ages and term; a
 *        listing's landlord, rooms, size, rent and requirements
 */
public record Alternative(String id, String queueId, String name, String district, Map<String, Object> facts) {

	public Alternative {
		facts = Map.copyOf(facts);
	}

	public int intFact(String key, int otherwise) {
		Object value = facts.get(key);
		return value instanceof Number number ? number.intValue() : otherwise;
	}

	public String textFact(String key) {
		Object value = facts.get(key);
		return value == null ? "" : value.toString();
	}
}
