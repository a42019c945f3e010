package org.cityhall.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cityhall.identity.SignedIn;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * MockMvc requests made as someone signed in, with the same principal and authorities a real
 * login gives: {@code mvc.perform(get("/act-for").with(SignedInAs.resident(number, "Name")))}.
 */
public final class SignedInAs {

	private SignedInAs() {
	}

	public static RequestPostProcessor resident(PersonalIdentityNumber number, String name) {
		return resident(number, name, LevelOfAssurance.LOA3);
	}

	public static RequestPostProcessor resident(PersonalIdentityNumber number, String name, LevelOfAssurance assurance) {
		return authentication(token(new TestSignedIn(new Party.Person(number, name), assurance, Set.of()), "ROLE_RESIDENT"));
	}

	public static RequestPostProcessor visitor(String email) {
		return authentication(token(new TestSignedIn(new Party.Visitor(email), LevelOfAssurance.EMAIL_CODE, Set.of()), "ROLE_VISITOR"));
	}

	public static RequestPostProcessor staff(String staffId, ScopedRole... roles) {
		List<String> authorities = new ArrayList<>(List.of("ROLE_STAFF"));
		for (ScopedRole role : roles) {
			authorities.add("ROLE_" + role.role().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}
		return authentication(token(new TestSignedIn(new Party.Staff(staffId, staffId), LevelOfAssurance.LOA3, Set.of(roles)),
				authorities.toArray(String[]::new)));
	}

	private static Authentication token(SignedIn signedIn, String... authorities) {
		List<GrantedAuthority> granted = new ArrayList<>();
		for (String authority : authorities) {
			granted.add(new SimpleGrantedAuthority(authority));
		}
		return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, granted);
	}

	private record TestSignedIn(Party party, LevelOfAssurance assurance, Set<ScopedRole> roles) implements SignedIn {

		@Override
		public boolean inPopulationRegister() {
			return party instanceof Party.Person;
		}

		@Override
		public String getName() {
			return party.id();
		}
	}
}
