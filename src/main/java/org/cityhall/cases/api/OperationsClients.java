package org.cityhall.cases.api;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.Department;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Turns an access token into the operations system that holds it. The client is named by the token's
 * {@code client_id} (RFC 9068), else {@code azp}, else {@code sub}. Its department is the one the city
 * configured for that client, else the token's department claim; a token whose claim contradicts the
 * configuration, or that names no department of the city, reaches nothing. Scopes become
 * {@code SCOPE_cases:read} and {@code SCOPE_cases:write} authorities, and only for a client with a department.
 */
final class OperationsClients implements Converter<Jwt, AbstractAuthenticationToken> {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final CasesApiProperties properties;
	private final Catalogue catalogue;
	private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

	OperationsClients(CasesApiProperties properties, Catalogue catalogue) {
		this.properties = properties;
		this.catalogue = catalogue;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String clientId = firstPresent(jwt, "client_id", "azp", "sub").orElse("unknown");
		Optional<CasesApiProperties.Client> configured = properties.client(clientId);
		Optional<String> claimed = Optional.ofNullable(jwt.getClaimAsString(properties.departmentClaim()))
				.filter(CasesApiProperties::present);
		Optional<String> configuredDepartment = configured.map(CasesApiProperties.Client::department)
				.filter(CasesApiProperties::present);
		Optional<Department> department;
		if (configuredDepartment.isPresent() && claimed.isPresent() && !configuredDepartment.equals(claimed)) {
			department = Optional.empty();
		}
		else {
			department = configuredDepartment.or(() -> claimed).flatMap(this::department);
		}
		String name = configured.map(CasesApiProperties.Client::name).filter(CasesApiProperties::present)
				.orElseGet(() -> department.map(d -> d.name().in(SWEDISH)).orElse(clientId));
		OperationsClient client = new OperationsClient(clientId, department.map(Department::id), name);
		Collection<GrantedAuthority> authorities = department.isPresent() ? scopes.convert(jwt) : List.of();
		return new OperationsClientAuthentication(client, jwt, authorities);
	}

	private Optional<Department> department(String id) {
		return catalogue.departments().stream().filter(d -> d.id().equals(id)).findFirst();
	}

	private static Optional<String> firstPresent(Jwt jwt, String... claims) {
		for (String claim : claims) {
			String value = jwt.getClaimAsString(claim);
			if (CasesApiProperties.present(value)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}
}
