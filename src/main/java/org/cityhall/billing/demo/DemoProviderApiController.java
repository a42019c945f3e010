package org.cityhall.billing.demo;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.billing.provider.PaymentProviderProperties;
import org.cityhall.shared.Money;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stand-in provider's API, the same protocol a real provider's adapter speaks
 * ({@code docs/billing.md}): {@code POST /payments} and {@code GET /payments/{id}}, with the API key
 * as a bearer token. Its card page is {@link DemoCardPageController}.
 */
@RestController
@RequestMapping(DemoPayments.API_PATH + "/payments")
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoProviderApiController {

	private final DemoPayments payments;
	private final byte[] apiKey;
	private final JsonMapper json = JsonMapper.builder().build();

	DemoProviderApiController(DemoPayments payments, PaymentProviderProperties properties) {
		this.payments = payments;
		String key = properties.apiKey() == null || properties.apiKey().isBlank() ? DemoPayments.DEFAULT_API_KEY : properties.apiKey();
		this.apiKey = key.getBytes(StandardCharsets.UTF_8);
	}

	@PostMapping
	ResponseEntity<?> start(@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestBody(required = false) String body, HttpServletRequest request) {
		if (!authorized(authorization)) {
			return unauthorized();
		}
		JsonNode payment;
		try {
			payment = body == null ? null : json.readTree(body);
		}
		catch (JacksonException notJson) {
			return badRequest("The body is not JSON.");
		}
		if (payment == null || !payment.isObject()) {
			return badRequest("The body is a JSON object with amount, currency, reference and returnUrl.");
		}
		JsonNode amount = payment.path("amount");
		if (!amount.isIntegralNumber() || !amount.canConvertToLong() || amount.longValue() <= 0) {
			return badRequest("amount is a positive whole number of minor units (öre).");
		}
		Currency currency;
		try {
			currency = Currency.getInstance(payment.path("currency").asString(""));
		}
		catch (IllegalArgumentException unknown) {
			return badRequest("currency is an ISO 4217 code such as SEK.");
		}
		String reference = payment.path("reference").asString("");
		if (reference.isBlank() || reference.length() > 200) {
			return badRequest("reference is 1 to 200 characters.");
		}
		URI returnUrl;
		try {
			returnUrl = new URI(payment.path("returnUrl").asString(""));
		}
		catch (URISyntaxException notAnAddress) {
			return badRequest("returnUrl is an absolute http(s) address.");
		}
		if (!returnUrl.isAbsolute() || returnUrl.getHost() == null
				|| !("http".equals(returnUrl.getScheme()) || "https".equals(returnUrl.getScheme()))) {
			return badRequest("returnUrl is an absolute http(s) address.");
		}
		DemoPayments.DemoPayment started = payments.start(Money.ofMinorUnits(amount.longValue(), currency), reference,
				returnUrl, idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey);
		Map<String, Object> answer = answer(started);
		answer.put("redirectUrl", cardPage(started, request).toString());
		return ResponseEntity.status(HttpStatus.CREATED)
				.location(URI.create(request.getRequestURL() + "/" + started.id()))
				.body(answer);
	}

	@GetMapping("/{id}")
	ResponseEntity<?> status(@RequestHeader(name = "Authorization", required = false) String authorization,
			@PathVariable String id) {
		if (!authorized(authorization)) {
			return unauthorized();
		}
		return payments.find(id)
				.<ResponseEntity<?>>map(payment -> ResponseEntity.ok(answer(payment)))
				.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "There is no payment " + id + "."));
	}

	/**
	 * The card page, on the host and port the payer's browser used (taken from the return address
	 * CityHall built from the payer's request), so the payer stays on the same site.
	 */
	private static URI cardPage(DemoPayments.DemoPayment payment, HttpServletRequest request) {
		URI back = payment.returnUrl();
		String origin = back.getScheme() + "://" + back.getRawAuthority();
		return URI.create(origin + request.getContextPath() + DemoCardPageController.PAGE_PATH + "/" + payment.id());
	}

	private static Map<String, Object> answer(DemoPayments.DemoPayment payment) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", payment.id());
		answer.put("status", payment.status().name().toLowerCase(Locale.ROOT));
		answer.put("amount", payment.amount().minorUnits());
		answer.put("currency", payment.amount().currency().getCurrencyCode());
		answer.put("reference", payment.reference());
		return answer;
	}

	private boolean authorized(String authorization) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return false;
		}
		return MessageDigest.isEqual(apiKey, authorization.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8));
	}

	private static ResponseEntity<ProblemDetail> unauthorized() {
		return problem(HttpStatus.UNAUTHORIZED, "The API key is missing or wrong: send it as 'Authorization: Bearer <key>'.");
	}

	private static ResponseEntity<ProblemDetail> badRequest(String detail) {
		return problem(HttpStatus.BAD_REQUEST, detail);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}
}
