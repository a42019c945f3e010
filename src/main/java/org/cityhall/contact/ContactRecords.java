package org.cityhall.contact;

import org.cityhall.archive.RetentionClass;

/**
 * How the contact centre's records are filed in the e-archive. They belong to no e-service, so their
 * retention is the city's rule for them here: a hand-over and a reply to an e-mail are kept two years after
 * they ended, as the department's own case or the resident's new contact is the lasting record.
 */
final class ContactRecords {

	/** Hand-overs and replies: two years after the matter closed. */
	static final RetentionClass RETENTION = RetentionClass.disposeAfterYears(2);

	private ContactRecords() {
	}
}
