package org.cityhall.identity.acting;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.cityhall.identity.Actors;
import org.cityhall.identity.SignedIn;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Actor.Representation;
import org.cityhall.shared.Party;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;

/**
 * Gives every controller that asks for it the {@link Actor} of the request: who is signed in and
 * for whom they act, checked against the registers and consents on this very request.
 */
@Component
public class CurrentActor implements HandlerMethodArgumentResolver, Actors {

	private final Representations representations;

	CurrentActor(Representations representations) {
		this.representations = representations;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Actor.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
			WebDataBinderFactory binderFactory) {
		return of(webRequest.getNativeRequest(HttpServletRequest.class));
	}

	/** The actor of a request, for code that is not a controller. */
	public Actor of(HttpServletRequest request) {
		SignedIn me = signedIn().orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.UNAUTHORIZED));
		HttpSession session = request.getSession(false);
		ActingFor chosen = session == null ? null : (ActingFor) session.getAttribute(ActingFor.SESSION_ATTRIBUTE);
		Actor actor = representations.actorFor(me, chosen);
		if (chosen != null && !actor.forWhom().id().equals(chosen.subjectId()) && session != null) {
			// What was chosen no longer holds (a consent revoked, a child come of age): back to oneself.
			session.removeAttribute(ActingFor.SESSION_ATTRIBUTE);
		}
		return actor;
	}

	@Override
	public java.util.Optional<Actor> current(HttpServletRequest request) {
		return signedIn().isPresent() ? java.util.Optional.of(of(request)) : java.util.Optional.empty();
	}

	@Override
	public List<Party> representedBy(Party party) {
		return representations.optionsFor(party).stream()
				.map(option -> option.representation() == Representation.SELF ? party : Representations.partyOf(option))
				.toList();
	}

	static java.util.Optional<SignedIn> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn
				? java.util.Optional.of(signedIn) : java.util.Optional.empty();
	}
}
