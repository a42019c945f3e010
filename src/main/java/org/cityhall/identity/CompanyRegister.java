package org.cityhall.identity;

import java.util.List;
import java.util.Optional;

import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;

/**
 * The city's copy of the company register: the companies that do business with the city and who
 * may sign for them, as current as the last extract imported.
 */
public interface CompanyRegister {

	/** The company with the number, with its signatories; empty if the register does not know it. */
	Optional<Company> find(OrganisationNumber number);

	/** The companies for which the person may sign, by name. */
	List<Company> signedBy(PersonalIdentityNumber person);
}
