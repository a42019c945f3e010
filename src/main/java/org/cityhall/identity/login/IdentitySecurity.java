package org.cityhall.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.SignedIn;
import org.cityhall.identity.staff.StaffDirectory;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Party;
import org.cityhall.web.SecurityContribution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.stereotype.Component;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may reach which pages, and how one signs in: residents with a Swedish eID through OpenID
 * Connect (PKCE), staff through their own registration, and – in demo mode – the test eID.
 */
@Component
@Order(10)
class IdentitySecurity implements SecurityContribution {

	private final ObjectProvider<ClientRegistrationRepository> registrations;
	private final ObjectProvider<PopulationRegister> population;
	private final StaffDirectory staff;
	private final String staffIdClaim;

	IdentitySecurity(ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<PopulationRegister> population,
			StaffDirectory staff, @Value("${cityhall.identity.staff-id-claim:preferred_username}") String staffIdClaim) {
		this.registrations = registrations;
		this.population = population;
		this.staff = staff;
		this.staffIdClaim = staffIdClaim;
	}

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/staff/audit/**").hasAuthority(StaffRoles.authority(StaffRoles.PLATFORM_ADMINISTRATOR))
				.requestMatchers("/staff/**").hasRole("STAFF")
				.requestMatchers("/act-for/**", "/consents/**").hasRole("RESIDENT")
				.requestMatchers("/my-pages/**").hasAnyRole("RESIDENT", "VISITOR"));
		http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint()));
		http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));

		ClientRegistrationRepository clients = registrations.getIfAvailable();
		if (clients != null) {
			var resolver = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
			resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
					.andThen(StepUp.acrValues()));
			http.oauth2Login(login -> login
					.loginPage("/login")
					.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
					.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new CityHallOidcUserService(population::getObject, staff, staffIdClaim)))
					.successHandler(afterLogin())
					.failureHandler((request, response, exception) -> {
						invalidate(request);
						String problem = exception instanceof OAuth2AuthenticationException oauth
								? LoginProblem.fromCode(oauth.getError().getErrorCode()).code()
								: LoginProblem.PROVIDER.code();
						response.sendRedirect(request.getContextPath() + "/login/failed?problem=" + problem);
					}));
			var providerLogout = new OidcClientInitiatedLogoutSuccessHandler(clients);
			providerLogout.setPostLogoutRedirectUri("{baseUrl}/?signed-out");
			http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(providerLogout));
		}
		else {
			var home = new SimpleUrlLogoutSuccessHandler();
			home.setDefaultTargetUrl("/?signed-out");
			http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(home));
		}
	}

	/** Staff pages send to the staff login, everything else to the residents' login. */
	private static AuthenticationEntryPoint entryPoint() {
		return new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
				new RequestMatcherEntry<>(pathPattern("/staff/**"), new LoginUrlAuthenticationEntryPoint("/login/staff")));
	}

	/** Back to the page that asked for a login; else staff to their page, residents to choosing whom to act for. */
	static AuthenticationSuccessHandler afterLogin() {
		var residents = new SavedRequestAwareAuthenticationSuccessHandler();
		residents.setDefaultTargetUrl("/act-for");
		var staffMembers = new SavedRequestAwareAuthenticationSuccessHandler();
		staffMembers.setDefaultTargetUrl("/staff");
		return (request, response, authentication) -> {
			SessionLifetime.signedIn(request);
			boolean staff = authentication.getPrincipal() instanceof SignedIn signedIn && signedIn.party() instanceof Party.Staff;
			(staff ? staffMembers : residents).onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static void invalidate(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}
}
