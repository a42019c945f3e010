package org.cityhall.cases.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.cityhall.cases.Draft;
import org.cityhall.catalogue.EService;
import org.cityhall.identity.Actors;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.springframework.stereotype.Component;

/**
 * Who fills in a form, and so owns its draft: the one signed in, or, on an e-service open without login,
 * someone known only by a private reference kept in their session.
 */
@Component
class Applicants {

	static final String ANONYMOUS_REFERENCE = "cases.anonymous-reference";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Actors actors;

	Applicants(Actors actors) {
		this.actors = actors;
	}

	Optional<Actor> signedIn(HttpServletRequest request) {
		return actors.current(request);
	}

	/** The owner id of drafts made in this request: the signed-in party, or the session's private reference. */
	Optional<String> ownerId(HttpServletRequest request, boolean createAnonymous) {
		Optional<Actor> actor = signedIn(request);
		if (actor.isPresent()) {
			return Optional.of(actor.get().who().id());
		}
		return anonymousReference(request, createAnonymous).map(reference -> new Party.Anonymous(reference, null).id());
	}

	/** Someone without login on an open e-service, known by their session's private reference. */
	Actor anonymous(HttpServletRequest request) {
		String reference = anonymousReference(request, true).orElseThrow();
		Party.Anonymous anonymous = new Party.Anonymous(reference, null);
		return new Actor(anonymous, anonymous, Actor.Representation.SELF, java.util.Set.of(), LevelOfAssurance.EMAIL_CODE);
	}

	/**
	 * The actor a draft is submitted as: its owner acting for its subject, or, for an application
	 * registered by staff, the person it is from (the member of staff is recorded as registering it).
	 */
	Actor forSubmission(Draft draft, HttpServletRequest request) {
		Optional<Actor> actor = signedIn(request);
		if (draft.channel() != EService.Channel.WEB) {
			Actor staff = actor.orElseThrow();
			return new Actor(draft.subject(), draft.subject(), Actor.Representation.SELF, java.util.Set.of(),
					staff.assurance());
		}
		return actor.orElseGet(() -> anonymous(request));
	}

	private static Optional<String> anonymousReference(HttpServletRequest request, boolean create) {
		HttpSession session = request.getSession(create);
		if (session == null) {
			return Optional.empty();
		}
		String reference = (String) session.getAttribute(ANONYMOUS_REFERENCE);
		if (reference == null && create) {
			byte[] bytes = new byte[18];
			RANDOM.nextBytes(bytes);
			reference = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			session.setAttribute(ANONYMOUS_REFERENCE, reference);
		}
		return Optional.ofNullable(reference);
	}
}
