package org.cityhall.contact.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cityhall.identity.Person;
import org.cityhall.identity.SignedIn;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * A resident's matters across every department, as the modules give them to My pages: each module's
 * {@link MyPagesSection} is asked for the resident as if they were signed in, so the agent sees what the
 * resident sees, and no module needs to know the contact centre.
 */
@Component
class ResidentMatters {

	private final List<MyPagesSection> sections;
	private final JdbcOperations jdbc;

	ResidentMatters(List<MyPagesSection> sections, JdbcOperations jdbc) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(MyPagesSection::order)).toList();
		this.jdbc = jdbc;
	}

	List<MyPagesSection.Content> of(Person resident, Locale locale) {
		Authentication asResident = UsernamePasswordAuthenticationToken.authenticated(
				new Resident(new Party.Person(resident.number(), resident.fullName())), null, List.of(new SimpleGrantedAuthority("ROLE_RESIDENT")));
		return MyPagesSection.contentsFor(sections, asResident, locale, MyPagesReads.together(jdbc));
	}

	/** The resident as My pages' sections know a signed-in resident: named by their number, in the register. */
	private record Resident(Party party) implements SignedIn {

		@Override
		public LevelOfAssurance assurance() {
			return LevelOfAssurance.LOA3;
		}

		@Override
		public Set<ScopedRole> roles() {
			return Set.of();
		}

		@Override
		public boolean inPopulationRegister() {
			return true;
		}
	}
}
