package org.cityhall.catalogue.web;

import org.cityhall.catalogue.information.VersionState;

/** The colour of the tag that shows a version's state. */
public final class StateTags {

	private StateTags() {
	}

	public static String of(VersionState state) {
		return switch (state) {
			case DRAFT -> "govuk-tag--grey";
			case IN_REVIEW -> "govuk-tag--blue";
			case SENT_BACK -> "govuk-tag--orange";
			case PUBLISHED -> "govuk-tag--green";
			case SUPERSEDED, WITHDRAWN -> "govuk-tag--grey";
		};
	}
}
