package org.cityhall.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.shared.Actor;

/**
 * The {@link Actor} of a request, for pages that are open to everyone but do more for someone signed
 * in. Controllers that need someone signed in simply take an {@code Actor} parameter.
 */
public interface Actors {

	/** Who acts in the request, for whom, checked on this very request; empty when no one is signed in. */
	Optional<Actor> current(HttpServletRequest request);
}
