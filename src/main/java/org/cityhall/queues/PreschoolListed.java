package org.cityhall.queues;

import java.time.Instant;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Position;

/**
 * A pre-school one can queue for was listed or changed: its id in the pre-school queue, name, district,
 * where it is and what it offers. Published for every pre-school when CityHall starts, so a module that
 * keeps its own list of pre-schools (the provider directory) holds the queue's. Public facts, not a record.
 */
public record PreschoolListed(String alternativeId, String name, String district, Optional<Position> position,
		LocalizedText offers, Instant at) {
}
