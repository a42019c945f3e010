package org.cityhall.cases.api;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How operations systems reach the cases API: the authorization server whose access tokens it takes,
 * which department each client belongs to, and how webhooks are sent.
 *
 * @param issuerUri the OAuth2 issuer whose JWT access tokens are accepted; with neither this nor
 *        {@code jwkSetUri} set, the API accepts no token at all and answers 401
 * @param jwkSetUri where the issuer's signing keys are, when it has no discovery document
 * @param audience when set, an access token must name it in {@code aud}
 * @param tokenUri the issuer's token endpoint, shown in the OpenAPI description for client credentials
 * @param departmentClaim the claim naming a client's department, for clients not listed in {@code clients}
 * @param clients operations-system clients by client id: their department and the name residents see
 * @param idempotencyRetention how long an Idempotency-Key and its answer are kept
 */
@ConfigurationProperties("cityhall.api")
public record CasesApiProperties(String issuerUri, String jwkSetUri, String audience, String tokenUri,
		@DefaultValue("department") String departmentClaim, Map<String, Client> clients,
		@DefaultValue("P7D") Duration idempotencyRetention, @DefaultValue Webhooks webhooks) {

	public CasesApiProperties {
		clients = clients == null ? Map.of() : Map.copyOf(clients);
	}

	/** Whether an issuer or key set is configured: without one the API turns every request away. */
	public boolean acceptsTokens() {
		return present(issuerUri) || present(jwkSetUri);
	}

	/** The configured client, if the city lists it. */
	public Optional<Client> client(String clientId) {
		return Optional.ofNullable(clients.get(clientId));
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * An operations-system client the city lists.
	 *
	 * @param department the department whose cases it reaches, and only those
	 * @param name the name a resident sees on a message it writes; the department's name when absent
	 */
	public record Client(String department, String name) {
	}

	/**
	 * How webhooks are sent.
	 *
	 * @param allowPrivateAddresses whether a webhook may point at a loopback or private address (tests, demo);
	 *        never in production, where that would let a client reach the city's internal network
	 * @param maxAttempts attempts before a delivery is given up
	 * @param firstRetry the wait after the first failed attempt; it doubles after each one
	 * @param maxRetryDelay the longest wait between attempts
	 * @param timeout how long a receiver has to answer
	 * @param batchSize deliveries one run of the dispatcher takes
	 * @param maxSubscriptions active webhooks a department may have
	 */
	public record Webhooks(@DefaultValue("false") boolean allowPrivateAddresses, @DefaultValue("12") int maxAttempts,
			@DefaultValue("PT30S") Duration firstRetry, @DefaultValue("PT6H") Duration maxRetryDelay,
			@DefaultValue("PT10S") Duration timeout, @DefaultValue("20") int batchSize,
			@DefaultValue("25") int maxSubscriptions) {
	}
}
