package org.cityhall.identity.login;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.staff.StaffDirectory;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns an OpenID Connect login into a CityHall sign-in. Residents ({@code eid}): the Swedish
 * profile's personal identity or coordination number claim, checked like any typed number; a
 * resident the register does not know still gets in. Staff ({@code staff}): the staff id claim,
 * which must name active staff, whose roles come from the city's data.
 */
class CityHallOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String RESIDENTS = "eid";
	static final String STAFF = "staff";

	private final OidcUserService delegate = new OidcUserService();
	private final Supplier<PopulationRegister> population;
	private final StaffDirectory staff;
	private final String staffIdClaim;

	CityHallOidcUserService(Supplier<PopulationRegister> population, StaffDirectory staff, String staffIdClaim) {
		this.population = population;
		this.staff = staff;
		this.staffIdClaim = staffIdClaim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser user = delegate.loadUser(request);
		String registration = request.getClientRegistration().getRegistrationId();
		return STAFF.equals(registration) ? staffMember(user) : resident(user);
	}

	private OidcUser resident(OidcUser user) {
		String personal = user.getClaimAsString(EidClaims.PERSONAL_IDENTITY_NUMBER);
		String coordination = user.getClaimAsString(EidClaims.COORDINATION_NUMBER);
		String typed = personal != null ? personal : coordination;
		if (typed == null || typed.isBlank()) {
			throw LoginProblem.MISSING_NUMBER.exception("the identity provider sent no personal identity number");
		}
		PersonalIdentityNumber number;
		try {
			number = PersonalIdentityNumber.parse(typed);
		}
		catch (InvalidIdentityNumberException ex) {
			throw LoginProblem.MALFORMED_NUMBER.exception("the identity provider sent an invalid number: " + ex.problem());
		}
		if (personal == null && !number.isCoordinationNumber()) {
			throw LoginProblem.MALFORMED_NUMBER.exception("the coordination number claim holds a personal identity number");
		}
		var registered = population.get().find(number);
		String name = registered.map(p -> p.fullName()).orElseGet(() -> nameFromClaims(user));
		LevelOfAssurance assurance = LevelOfAssurance.fromAcr(user.getClaimAsString("acr")).orElse(LevelOfAssurance.LOA2);
		Set<GrantedAuthority> authorities = Set.of(new SimpleGrantedAuthority("ROLE_RESIDENT"));
		return new OidcSignedIn(authorities, user.getIdToken(), user.getUserInfo(), new Party.Person(number, name),
				assurance, Set.of(), registered.isPresent());
	}

	private OidcUser staffMember(OidcUser user) {
		String staffId = user.getClaimAsString(staffIdClaim);
		var member = staffId == null ? java.util.Optional.<StaffDirectory.StaffMember>empty() : staff.find(staffId);
		if (member.isEmpty()) {
			throw LoginProblem.UNKNOWN_STAFF.exception("no active staff with the id in claim " + staffIdClaim);
		}
		Set<GrantedAuthority> authorities = new HashSet<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
		member.get().roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(StaffRoles.authority(role.role()))));
		LevelOfAssurance assurance = LevelOfAssurance.fromAcr(user.getClaimAsString("acr")).orElse(LevelOfAssurance.LOA3);
		return new OidcSignedIn(authorities, user.getIdToken(), user.getUserInfo(),
				new Party.Staff(member.get().id(), member.get().name()), assurance, member.get().roles(), true);
	}

	private static String nameFromClaims(OidcUser user) {
		String given = user.getGivenName();
		String family = user.getFamilyName();
		return ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
	}
}
