package org.cityhall.notifications.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo city's stand-in for an SMS operator's gateway: it takes the same JSON a real gateway
 * takes, with the bearer token, and delivers the message to the {@link DemoPhone} instead of a
 * phone. It exists only in demo mode; the demo city sends its text messages here unless a real
 * gateway is configured.
 */
@RestController
@ConditionalOnProperty(name = "cityhall.demo", havingValue = "true")
class DemoSmsGatewayController {

	private static final int MAX_TEXT_LENGTH = 1600;

	private final DemoPhone phone;
	private final Clock clock;

	DemoSmsGatewayController(DemoPhone phone, ObjectProvider<Clock> clock) {
		this.phone = phone;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@PostMapping(path = "/demo/sms-gateway", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> receive(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody(required = false) Message message) {
		if (authorization == null || !MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8),
				("Bearer " + phone.token()).getBytes(StandardCharsets.UTF_8))) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unknown token"));
		}
		if (message == null || message.to() == null || !message.to().matches("\\+[1-9][0-9]{6,14}") || message.text() == null
				|| message.text().isBlank() || message.text().length() > MAX_TEXT_LENGTH) {
			return ResponseEntity.badRequest().body(Map.of("error", "a message needs a number in international form and a text"));
		}
		phone.receive(new DemoPhone.Text(message.to(), message.text(), message.reference(), clock.instant()));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "accepted"));
	}

	/** The gateway's JSON. */
	record Message(String to, String text, String reference) {
	}
}
