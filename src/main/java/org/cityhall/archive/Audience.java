package org.cityhall.archive;

/** Who may see a record outside the archivists' view, and whether the search portal may index it. */
public enum Audience {

	/** The record's subject and those who act for them today (guardians, consented relatives, signatories); and staff within their rights. */
	SUBJECT,

	/** Staff within their rights only, never the subject through the portal: an officer's internal note. */
	STAFF_ONLY,

	/** Filed and exported, never indexed for search: a child's picture in a pre-school diary. */
	NEVER_INDEXED
}
