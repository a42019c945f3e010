package org.cityhall.cases;

import java.util.Objects;
import java.util.UUID;

/** The internal id of a case; people see its {@link CaseNumber}. */
public record CaseId(UUID value) {

	public CaseId {
		Objects.requireNonNull(value, "a case id is required");
	}
}
