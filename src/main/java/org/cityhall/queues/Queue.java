package org.cityhall.queues;

import java.util.Optional;

/**
 * A waiting list: the pre-school queue, the art school's courses, the housing queue.
 *
 * @param eserviceId the e-service whose applications make its entries, if applications make them
 * @param offerDays how many days an offer stays open
 * @param maxChoices how many alternatives an entry may choose (interest in listings, for housing)
 * @param orderedChoices whether the choices are in order of preference (pre-schools) or not (listings)
 */
public record Queue(String id, Optional<String> eserviceId, String department, RankingRule rule, int offerDays,
		int maxChoices, boolean orderedChoices) {
}
