package org.cityhall.registers;

import java.util.List;
import java.util.UUID;

import org.cityhall.shared.Position;

/** A property (fastighet) the registers know: its designation, district, position and addresses. */
public record RegisteredProperty(UUID id, String designation, String district, Position position,
		List<PropertyAddress> addresses) {

	public RegisteredProperty {
		addresses = List.copyOf(addresses);
	}
}
