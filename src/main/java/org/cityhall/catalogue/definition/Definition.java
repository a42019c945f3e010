package org.cityhall.catalogue.definition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityhall.catalogue.EService;
import org.cityhall.definitions.DefinitionNode;
import org.cityhall.definitions.InvalidDefinitionException;

/**
 * An e-service with the places in its file that are checked against the other files.
 *
 * @param prefix where the case number prefix is written; empty when it is derived from the id
 */
record Definition(EService eservice, String file, DefinitionNode id, Optional<DefinitionNode> prefix,
		Optional<DefinitionNode> followUpOf) {

	InvalidDefinitionException prefixClash(Definition other) {
		String taken = "'" + eservice.caseNumberPrefix() + "' is already the case number prefix of "
				+ other.eservice().id() + " (" + other.file() + ")";
		return prefix.map(node -> node.invalid(taken + "; choose two to four other letters"))
				.orElseGet(() -> new InvalidDefinitionException(file, id.line(), "caseNumberPrefix",
						"is not given, and the prefix derived from the id, " + taken
								+ "; give a caseNumberPrefix of two to four letters A-Z"));
	}

	/** The e-service followed up must be in the catalogue, and following up must not lead back here. */
	void checkFollowUp(Map<String, Definition> byId) {
		if (followUpOf.isEmpty()) {
			return;
		}
		DefinitionNode node = followUpOf.get();
		String followed = eservice.followUpOf().orElseThrow();
		if (followed.equals(eservice.id())) {
			throw node.invalid("an e-service cannot follow up itself");
		}
		if (!byId.containsKey(followed)) {
			throw node.invalid("'" + followed + "' is not an e-service of the catalogue");
		}
		Set<String> seen = new LinkedHashSet<>(List.of(eservice.id()));
		Optional<String> next = Optional.of(followed);
		while (next.isPresent()) {
			if (!seen.add(next.get())) {
				throw node.invalid("following up goes round in a circle: " + String.join(" -> ", seen) + " -> " + next.get());
			}
			next = Optional.ofNullable(byId.get(next.get())).flatMap(definition -> definition.eservice().followUpOf());
		}
	}
}
