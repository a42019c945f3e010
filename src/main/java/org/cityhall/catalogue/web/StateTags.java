package org.cityhall.catalogue.web;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.cityhall.catalogue.information.VersionState;

/** The colour of the tag that shows a version's state, and the zone the pages tell time in. */
final class StateTags {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private StateTags() {
	}

	/** Each state's tag class, for the templates. */
	static Map<VersionState, String> all() {
		Map<VersionState, String> tags = new EnumMap<>(VersionState.class);
		for (VersionState state : VersionState.values()) {
			tags.put(state, switch (state) {
				case DRAFT, SUPERSEDED, WITHDRAWN -> "govuk-tag--grey";
				case IN_REVIEW -> "govuk-tag--blue";
				case SENT_BACK -> "govuk-tag--orange";
				case PUBLISHED -> "govuk-tag--green";
			});
		}
		return tags;
	}
}
