package org.cityhall.identity;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.web.MyPagesReads;

/**
 * The city's copy of the population register (folkbokföringen): who lives in the city, where,
 * in which household, and who has custody (vårdnad) of which child. It is as current as the last
 * extract imported; {@link PersonMoved}, {@link GuardianshipGranted}, {@link GuardianshipEnded}
 * and {@link ProtectedIdentityChanged} tell what each import changed.
 * <p>
 * Custody ends when a child turns 18: a guardianship counts only while the child is under 18
 * on today's date in Stockholm, whatever the last extract still lists.
 */
public interface PopulationRegister {

	/** The person registered in the city under the number; empty for anyone else. */
	Optional<Person> find(PersonalIdentityNumber number);

	/** The children under 18 today of whom the person is a guardian, oldest first. */
	List<Person> childrenOf(PersonalIdentityNumber guardian);

	/**
	 * {@link #childrenOf}, queued with the other sections' queries of My pages where the register is in the
	 * database; another register is asked when the children are.
	 */
	default Supplier<List<Person>> childrenOf(PersonalIdentityNumber guardian, MyPagesReads reads) {
		return () -> childrenOf(guardian);
	}

	/** The guardians of a child under 18 today, in the order of their numbers; empty for an adult. */
	List<Person> guardiansOf(PersonalIdentityNumber child);

	/** Whether the one has custody of the other, who is under 18 today. */
	boolean isGuardianOf(PersonalIdentityNumber guardian, PersonalIdentityNumber child);

	/**
	 * Everyone registered in the same dwelling as the person, the person included, oldest first;
	 * empty if the person is not registered in the city.
	 */
	List<Person> household(PersonalIdentityNumber number);
}
