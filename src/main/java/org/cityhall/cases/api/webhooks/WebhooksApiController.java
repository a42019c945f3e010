package org.cityhall.cases.api.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.cases.api.ApiProblem;
import org.cityhall.cases.api.CasesApiProperties;
import org.cityhall.cases.api.Idempotency;
import org.cityhall.cases.api.OperationsClient;
import org.cityhall.cases.api.outbox.OutgoingEvent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department's webhook subscriptions: where CityHall posts its case events, signed, and what became of
 * each delivery.
 */
@RestController
@RequestMapping(path = "/api/v1/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks", description = "Case events posted to an operations system's URL, signed with HMAC-SHA256")
class WebhooksApiController {

	static final String SCHEME = OperationsClient.OPENAPI_SCHEME;
	private static final String PROBLEM = "application/problem+json";
	private static final List<String> TYPES = List.of(OutgoingEvent.SUBMITTED, OutgoingEvent.STATUS_CHANGED,
			OutgoingEvent.MESSAGE_POSTED);

	private final WebhookSubscriptions subscriptions;
	private final Idempotency idempotency;
	private final CasesApiProperties properties;
	private final WebhookTargets targets;
	private final JsonMapper json;

	WebhooksApiController(WebhookSubscriptions subscriptions, Idempotency idempotency, CasesApiProperties properties,
			JsonMapper json) {
		this.subscriptions = subscriptions;
		this.idempotency = idempotency;
		this.properties = properties;
		this.targets = new WebhookTargets(properties.webhooks().allowPrivateAddresses());
		this.json = json;
	}

	@Schema(description = "A webhook to register")
	record NewWebhook(
			@Schema(description = "An http or https URL on the internet", requiredMode = Schema.RequiredMode.REQUIRED,
					example = "https://ecos.example.org/cityhall/events") String url,
			@ArraySchema(schema = @Schema(allowableValues = {"case-submitted", "case-status-changed", "case-message-posted"}),
					arraySchema = @Schema(description = "The event types wanted; all when absent")) List<String> events) {
	}

	@Schema(description = "A webhook subscription")
	record Webhook(String id, String url, List<String> events, boolean active, Instant createdAt, Instant removedAt,
			@Schema(description = "The secret deliveries are signed with: given once, when the webhook is registered",
					nullable = true) String secret,
			String deliveries) {
	}

	record WebhookList(List<Webhook> webhooks) {
	}

	@Schema(description = "A delivery of one event, with every attempt")
	record DeliveryJson(String id, String eventId, String type, String caseNumber,
			@Schema(allowableValues = {"pending", "delivered", "failed", "abandoned"}) String state, int attemptCount,
			Instant createdAt, @Schema(nullable = true) Instant nextAttemptAt, @Schema(nullable = true) Instant deliveredAt,
			List<AttemptJson> attempts) {
	}

	@Schema(description = "One attempt: the receiver's status code, or what went wrong")
	record AttemptJson(Instant at, Integer statusCode, String error, long durationMillis) {
	}

	record DeliveryList(String webhook, List<DeliveryJson> deliveries) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register a webhook",
			description = "CityHall posts the department's case events of the chosen types to the URL, as JSON, with "
					+ "`CityHall-Event-Id` and `CityHall-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\">` "
					+ "signed with the secret in this answer (given only now). A 2xx answer delivers an event; "
					+ "otherwise it is retried with growing waits. Loopback and private addresses are refused.",
			security = @SecurityRequirement(name = SCHEME, scopes = "cases:write"))
	@ApiResponse(responseCode = "201", description = "Registered; the answer holds the secret")
	@ApiResponse(responseCode = "400", description = "Bad input; `field` names it", content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "409", description = "The department has as many webhooks as it may",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<String> register(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client,
			@RequestBody NewWebhook webhook,
			@Parameter(description = "Makes the request safe to retry") @RequestHeader(name = Idempotency.HEADER,
					required = false) String key,
			HttpServletRequest request) {
		String department = client.requireDepartment();
		List<String> events = events(webhook.events());
		targets.problem(webhook.url()).ifPresent(problem -> {
			throw ApiProblem.badInput("url", problem);
		});
		return idempotency.once(client, key, request.getMethod() + " " + request.getRequestURI() + "\n"
				+ json.writeValueAsString(webhook), () -> {
					if (subscriptions.activeCount(department) >= properties.webhooks().maxSubscriptions()) {
						throw ApiProblem.conflict("department " + department + " has "
								+ properties.webhooks().maxSubscriptions() + " webhooks, as many as it may; remove one first");
					}
					WebhookSubscriptions.Subscription made = subscriptions.subscribe(department, client.clientId(),
							webhook.url().strip(), events);
					return Idempotency.Answer.created(json(made, true), URI.create("/api/v1/webhooks/" + made.id()));
				});
	}

	@GetMapping
	@Operation(summary = "List the department's webhooks", description = "Active and removed ones, newest first; "
			+ "without their secrets.", security = @SecurityRequirement(name = SCHEME, scopes = "cases:write"))
	WebhookList list(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client) {
		return new WebhookList(subscriptions.of(client.requireDepartment()).stream().map(s -> json(s, false)).toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Fetch a webhook", security = @SecurityRequirement(name = SCHEME, scopes = "cases:write"))
	@ApiResponse(responseCode = "404", description = "No such webhook of the department",
			content = @Content(mediaType = PROBLEM))
	Webhook one(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client, @PathVariable String id) {
		return json(find(client, id), false);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a webhook", description = "Nothing more is posted to it, and deliveries still "
			+ "waiting are abandoned. Its delivery log stays readable.",
			security = @SecurityRequirement(name = SCHEME, scopes = "cases:write"))
	@ApiResponse(responseCode = "204", description = "Removed (or it already was)")
	@ApiResponse(responseCode = "404", description = "No such webhook of the department",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<Void> remove(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client,
			@PathVariable String id) {
		WebhookSubscriptions.Subscription found = find(client, id);
		subscriptions.remove(found.department(), found.id());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/deliveries")
	@Operation(summary = "Read a webhook's delivery log",
			description = "Its deliveries, newest first, each with every attempt: the receiver's status code or the "
					+ "error, and how long it took.", security = @SecurityRequirement(name = SCHEME, scopes = "cases:write"))
	@ApiResponse(responseCode = "404", description = "No such webhook of the department",
			content = @Content(mediaType = PROBLEM))
	DeliveryList deliveries(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client,
			@PathVariable String id,
			@Parameter(description = "At most this many, 1 to 500", schema = @Schema(defaultValue = "100"))
			@RequestParam(required = false) String limit) {
		WebhookSubscriptions.Subscription found = find(client, id);
		return new DeliveryList(found.id().toString(), subscriptions.deliveries(found.id(), limit(limit)).stream()
				.map(WebhooksApiController::json).toList());
	}

	private WebhookSubscriptions.Subscription find(OperationsClient client, String id) {
		Optional<UUID> parsed;
		try {
			parsed = Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			parsed = Optional.empty();
		}
		return parsed.flatMap(uuid -> subscriptions.find(client.requireDepartment(), uuid))
				.orElseThrow(() -> ApiProblem.notFound("there is no webhook " + shortened(id) + " of department "
						+ client.requireDepartment()));
	}

	private static List<String> events(List<String> given) {
		if (given == null || given.isEmpty()) {
			return TYPES;
		}
		Set<String> wanted = new LinkedHashSet<>();
		for (String type : given) {
			if (type == null || !TYPES.contains(type)) {
				throw ApiProblem.badInput("events", "events may name " + String.join(", ", TYPES) + ", not "
						+ shortened(String.valueOf(type)));
			}
			wanted.add(type);
		}
		return new ArrayList<>(wanted);
	}

	private static int limit(String limit) {
		if (limit == null || limit.isBlank()) {
			return 100;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= 500) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw ApiProblem.badInput("limit", "limit must be a whole number from 1 to 500, not " + shortened(limit));
	}

	private static Webhook json(WebhookSubscriptions.Subscription s, boolean withSecret) {
		return new Webhook(s.id().toString(), s.url(), s.eventTypes(), s.active(), s.createdAt(),
				s.deactivatedAt().orElse(null), withSecret ? s.secret() : null, "/api/v1/webhooks/" + s.id() + "/deliveries");
	}

	private static DeliveryJson json(WebhookSubscriptions.Delivery d) {
		return new DeliveryJson(d.id().toString(), d.eventId().toString(), d.type(), d.caseNumber(),
				d.state().toLowerCase(java.util.Locale.ROOT), d.attemptCount(), d.createdAt(), d.nextAttemptAt().orElse(null),
				d.deliveredAt().orElse(null), d.attempts().stream().map(a -> new AttemptJson(a.at(),
						a.statusCode().orElse(null), a.error().orElse(null), a.durationMillis())).toList());
	}

	private static String shortened(String value) {
		String clean = value.replaceAll("\\p{Cntrl}", "?");
		return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
	}
}
