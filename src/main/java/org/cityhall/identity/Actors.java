package org.cityhall.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;

/**
 * The {@link Actor} of a request, for pages that are open to everyone but do more for someone signed
 * in. Controllers that need someone signed in simply take an {@code Actor} parameter.
 */
public interface Actors {

	/** Who acts in the request, for whom, checked on this very request; empty when no one is signed in. */
	Optional<Actor> current(HttpServletRequest request);

	/**
	 * Everyone the party may act for at this moment, themselves first: the children under 18 today
	 * they are guardian of, the persons whose consent to them holds now, the companies they sign
	 * for. Asked of the registers and consents on every call; never keep the answer.
	 */
	List<Party> representedBy(Party party);
}
