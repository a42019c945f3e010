package org.cityhall.notifications.web;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Whose inbox and contact details a signed-in request reaches, read from the Spring Security
 * authentication alone: a resident (role {@code RESIDENT}) by the personal identity number that is
 * their principal's name, a visitor (role {@code VISITOR}) by the e-mail address that is theirs.
 * Staff and anyone else have neither. Nothing in the request beyond the sign-in can change whom.
 */
public final class SignedInRecipient {

	private SignedInRecipient() {
	}

	public static Optional<NoticeRecipient> of(Principal principal) {
		if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()
				|| authentication.getName() == null) {
			return Optional.empty();
		}
		Set<String> roles = authentication.getAuthorities().stream()
				.map(GrantedAuthority::getAuthority)
				.collect(Collectors.toSet());
		String name = authentication.getName();
		if (roles.contains("ROLE_RESIDENT") && name.matches("\\d{12}") && PersonalIdentityNumber.isValid(name)) {
			return Optional.of(NoticeRecipient.person(PersonalIdentityNumber.parse(name)));
		}
		if (roles.contains("ROLE_VISITOR") && name.indexOf('@') > 0) {
			return Optional.of(NoticeRecipient.email(name));
		}
		return Optional.empty();
	}
}
