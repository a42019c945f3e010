package org.cityhall.cases.api;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes how operations systems authenticate in the OpenAPI document: OAuth2 client credentials with
 * the token endpoint the city configured ({@code cityhall.api.token-uri}), or else a bearer JWT from the
 * city's authorization server.
 */
@Component
class CasesApiDocumentation implements OpenApiCustomizer {

	static final String SCHEME = OperationsClient.OPENAPI_SCHEME;

	private static final String DESCRIPTION = "An access token from the city's authorization server, got with the "
			+ "OAuth2 client credentials grant. The client belongs to one department and reaches only its cases. "
			+ "Scopes: cases:read to read, cases:write to change cases and manage webhooks.";

	private final CasesApiProperties properties;

	CasesApiDocumentation(CasesApiProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		SecurityScheme scheme;
		if (CasesApiProperties.present(properties.tokenUri())) {
			Scopes scopes = new Scopes();
			Map.of(CasesApiSecurity.READ, "Read the department's cases and documents",
					CasesApiSecurity.WRITE, "Report statuses, write messages, decide, manage webhooks")
					.forEach(scopes::addString);
			scheme = new SecurityScheme().type(SecurityScheme.Type.OAUTH2).description(DESCRIPTION)
					.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(properties.tokenUri()).scopes(scopes)));
		}
		else {
			scheme = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
					.description(DESCRIPTION);
		}
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents().addSecuritySchemes(SCHEME, scheme);
	}
}
