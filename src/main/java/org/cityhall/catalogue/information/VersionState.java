package org.cityhall.catalogue.information;

/** Where a version of an information page is on its way to the public. */
public enum VersionState {

	/** Being written; only staff of its department see it. */
	DRAFT,
	/** Submitted; waiting for a publisher other than its writer. */
	IN_REVIEW,
	/** A publisher sent it back with a comment; its writer changes it and submits it again. */
	SENT_BACK,
	/** What the public reads. At most one version of a page. */
	PUBLISHED,
	/** Was published, until a newer version replaced it. Kept. */
	SUPERSEDED,
	/** Was published, until a publisher withdrew the page. Kept. */
	WITHDRAWN;

	/** Whether the version is still being worked on: written, in review or sent back. */
	public boolean inWork() {
		return this == DRAFT || this == IN_REVIEW || this == SENT_BACK;
	}
}
