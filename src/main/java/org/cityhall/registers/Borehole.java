package org.cityhall.registers;

import java.time.LocalDate;
import java.util.UUID;

import org.cityhall.shared.Position;

/** A licensed borehole for a heat pump (energibrunn): its licence, property, depth and position. */
public record Borehole(UUID id, String licenceNumber, String propertyDesignation, int depthMetres, LocalDate licensedOn,
		String district, Position position) {
}
