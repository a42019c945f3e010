package org.cityhall.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Operations systems calling the cases API in tests: access tokens from the run's
 * {@link TestIdentityProvider} at the issuer {@value #ISSUER}, shaped as the client credentials grant
 * gives them ({@code sub} and {@code client_id} the client, scopes in {@code scope}), and the RabbitMQ
 * broker on this machine when one answers.
 */
public final class OperationsSystems {

	/** The issuer the cases API trusts in tests. */
	public static final String ISSUER = "operations";
	/** A client the tests' configuration lists, with its department, rather than naming it in its tokens. */
	public static final String CONFIGURED_CLIENT = "traffic-permits-system";
	public static final String CONFIGURED_DEPARTMENT = "traffic";
	public static final String CONFIGURED_NAME = "Trafikkontorets tillståndssystem";

	private static final String BROKER_HOST = "127.0.0.1";
	private static final int BROKER_PORT = 5672;
	private static Boolean brokerAnswers;

	private OperationsSystems() {
	}

	/** An access token of the client, of the department (none when null), with the scopes. */
	public static String token(String clientId, String department, String... scopes) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("client_id", clientId);
		if (department != null) {
			claims.put("department", department);
		}
		claims.put("scope", String.join(" ", scopes));
		return TestIdentityProvider.server().issueToken(ISSUER, clientId,
				new DefaultOAuth2TokenCallback(ISSUER, clientId, "JWT", List.of("cityhall-cases-api"), claims, 3600))
				.serialize();
	}

	/** A MockMvc request with the token as its bearer. */
	public static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	/** A request as the client of the department with the scopes. */
	public static RequestPostProcessor client(String clientId, String department, String... scopes) {
		return bearer(token(clientId, department, scopes));
	}

	/** Whether a RabbitMQ broker answers on this machine; asked once per run. */
	public static synchronized boolean brokerAnswers() {
		if (brokerAnswers == null) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(BROKER_HOST, BROKER_PORT), 1000);
				brokerAnswers = true;
			}
			catch (IOException ex) {
				brokerAnswers = false;
			}
		}
		return brokerAnswers;
	}

	/** Why broker tests are skipped, when they are. */
	public static String noBrokerReason() {
		return "no RabbitMQ broker answers on " + BROKER_HOST + ":" + BROKER_PORT
				+ "; case events to the broker are not tested in this run";
	}

	/** Spring Boot properties: the issuer, a configured client, webhooks to loopback, and the broker if there is one. */
	static Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		String issuer = TestIdentityProvider.issuer(ISSUER);
		properties.put("cityhall.api.issuer-uri", issuer);
		properties.put("cityhall.api.token-uri", TestIdentityProvider.server().tokenEndpointUrl(ISSUER).toString());
		properties.put("cityhall.api.clients." + CONFIGURED_CLIENT + ".department", CONFIGURED_DEPARTMENT);
		properties.put("cityhall.api.clients." + CONFIGURED_CLIENT + ".name", CONFIGURED_NAME);
		properties.put("cityhall.api.webhooks.allow-private-addresses", "true");
		properties.put("spring.rabbitmq.host", BROKER_HOST);
		properties.put("spring.rabbitmq.port", BROKER_PORT);
		properties.put("cityhall.amqp.enabled", String.valueOf(brokerAnswers()));
		return properties;
	}
}
