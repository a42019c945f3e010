package org.cityhall.identity;

import java.util.UUID;

import org.cityhall.archive.RetentionClass;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * How identity's events are filed in the e-archive. They are no e-service's, so their retention
 * classes are the city's rules for them, here: a consent is kept ten years after it ended, as
 * evidence of who could act for whom; a change seen in the national registers two years, since the
 * registers themselves are the record.
 */
final class IdentityRecords {

	/** Consents: ten years after the consent was revoked. */
	static final RetentionClass CONSENTS = RetentionClass.disposeAfterYears(10);

	/** Changes seen in the population and vehicle registers. */
	static final RetentionClass REGISTER_CHANGES = RetentionClass.disposeAfterYears(2);

	private IdentityRecords() {
	}

	/** A consent's matter: its id, so its granting and its revocation are one matter. */
	static String consentMatter(UUID consentId) {
		return "consent-" + consentId;
	}

	/** The party a register gives by number: a person by 12 digits, an organisation by 10. */
	static Party party(String number) {
		return number.length() == 12 ? new Party.Person(PersonalIdentityNumber.parse(number), null)
				: new Party.Organisation(OrganisationNumber.parse(number), null);
	}
}
