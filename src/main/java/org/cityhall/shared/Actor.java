package org.cityhall.shared;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts, for whom, in what capacity, with which roles and how surely identified. Passed
 * explicitly to every use case, so every action can record both the actor and the subject.
 *
 * @param who the person, visitor or member of staff who is signed in
 * @param forWhom whose matter it is: the same party, a child, a consenting person or a company
 * @param representation why {@code who} may act for {@code forWhom}
 * @param roles the staff roles of {@code who}, empty for residents
 * @param assurance the level of assurance of the login
 */
public record Actor(Party who, Party forWhom, Representation representation, Set<ScopedRole> roles,
		LevelOfAssurance assurance) {

	public Actor {
		Objects.requireNonNull(who, "who");
		Objects.requireNonNull(forWhom, "forWhom");
		Objects.requireNonNull(representation, "representation");
		roles = Set.copyOf(roles);
		Objects.requireNonNull(assurance, "assurance");
	}

	/** Someone acting for themselves. */
	public static Actor self(Party who, LevelOfAssurance assurance) {
		return new Actor(who, who, Representation.SELF, Set.of(), assurance);
	}

	public boolean actsForSomeoneElse() {
		return representation != Representation.SELF;
	}

	public boolean hasRole(String role) {
		return roles.stream().anyMatch(r -> r.role().equals(role));
	}

	/** Whether {@code who} holds the role with a scope that reaches the department. */
	public boolean hasRoleIn(String role, String department) {
		return roles.stream().anyMatch(r -> r.role().equals(role) && r.covers(department));
	}

	/** Why one party may act for another. */
	public enum Representation {
		/** For oneself. */
		SELF,
		/** A guardian (vårdnadshavare) for a child under 18, from the population register. */
		GUARDIAN,
		/** A relative or friend to whom the person has given a consent. */
		CONSENT,
		/** A person who signs for a company (firmatecknare), from the company register. */
		SIGNATORY,
		/** A member of staff handling the matter. */
		STAFF
	}
}
