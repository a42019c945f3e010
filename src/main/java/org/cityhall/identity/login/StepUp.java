package org.cityhall.identity.login;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.shared.LevelOfAssurance;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Asking the eID for a higher level of assurance ({@link org.cityhall.identity.AssuranceCheck#stepUpUrl}):
 * {@code /oauth2/authorization/eid?level=LOA3}
 * sends {@code acr_values} with the level's URI, so a resident signed in at a lower level signs
 * in again at the level an e-service needs.
 */
final class StepUp {

	static final String LEVEL_PARAMETER = "level";

	private StepUp() {
	}

	static Consumer<OAuth2AuthorizationRequest.Builder> acrValues() {
		return builder -> {
			if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
				return;
			}
			HttpServletRequest request = attributes.getRequest();
			String level = request.getParameter(LEVEL_PARAMETER);
			if (level == null) {
				return;
			}
			for (LevelOfAssurance known : LevelOfAssurance.values()) {
				if (known.name().equals(level) && known != LevelOfAssurance.EMAIL_CODE) {
					builder.additionalParameters(parameters -> parameters.put("acr_values", known.uri()));
				}
			}
		};
	}
}
