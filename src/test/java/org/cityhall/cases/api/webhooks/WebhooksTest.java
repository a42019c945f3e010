package org.cityhall.cases.api.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.cityhall.cases.api.SubmittedCases;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.OperationsSystems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CityHallWebTest
class WebhooksTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	MockMvc mvc;

	@Autowired
	WebhookDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private RequestPostProcessor ecos;
	private final List<String> registered = new java.util.ArrayList<>();

	@BeforeEach
	void aClientOfEnvironmentAndHealth() {
		ecos = OperationsSystems.client("ecos-" + UUID.randomUUID(), SubmittedCases.DEPARTMENT, "cases:read", "cases:write");
	}

	@AfterEach
	void removeTheTestsWebhooks() throws Exception {
		for (String id : registered) {
			mvc.perform(delete("/api/v1/webhooks/" + id).with(ecos));
		}
	}

	@Test
	void aCaseEventArrivesSignedWithItsEventIdAndIsLogged() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.acceptingAll()) {
			MvcResult made = register("{\"url\":\"" + receiver.url() + "\",\"events\":[\"case-submitted\"]}")
					.andExpect(status().isCreated())
					.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/webhooks/")))
					.andExpect(jsonPath("$.secret").isNotEmpty())
					.andExpect(jsonPath("$.events[0]").value("case-submitted"))
					.andReturn();
			String id = JsonPath.read(made.getResponse().getContentAsString(), "$.id");
			String secret = JsonPath.read(made.getResponse().getContentAsString(), "$.secret");

			String number = new SubmittedCases(context).heatPump().value();
			Awaitility.await().atMost(PATIENCE).until(() -> {
				dispatcher.deliverDue();
				return !receiver.about(number).isEmpty();
			});

			WebhookReceiver.Received delivered = receiver.about(number).get(0);
			assertThat(Receiver.verify(secret, delivered.headers().get("cityhall-signature"), delivered.body(),
					Instant.now())).as("the signature checks out as docs/operations-api.md shows").isTrue();
			assertThat(Receiver.verify("whsec_not-the-secret", delivered.headers().get("cityhall-signature"),
					delivered.body(), Instant.now())).isFalse();
			assertThat(delivered.headers().get("content-type")).startsWith("application/json");
			assertThat((String) JsonPath.read(delivered.body(), "$.id")).isEqualTo(delivered.headers().get("cityhall-event-id"));
			assertThat((String) JsonPath.read(delivered.body(), "$.type")).isEqualTo("case-submitted");
			assertThat((String) JsonPath.read(delivered.body(), "$.eservice")).isEqualTo(SubmittedCases.ESERVICE);
			assertThat((String) JsonPath.read(delivered.body(), "$.status")).isEqualTo("submitted");
			assertThat(delivered.body()).doesNotContain("198804129826").doesNotContain("Lindqvist");

			mvc.perform(get("/api/v1/webhooks/" + id + "/deliveries").with(ecos))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.deliveries[?(@.caseNumber == '" + number + "')].state", hasItem("delivered")))
					.andExpect(jsonPath("$.deliveries[?(@.caseNumber == '" + number + "')].attempts[0].statusCode",
							hasItem(204)));
		}
	}

	@Test
	void aFailedDeliveryIsRetriedLaterAndEveryAttemptIsLogged() throws Exception {
		AtomicInteger refusals = new AtomicInteger();
		String[] number = new String[1];
		try (WebhookReceiver receiver = new WebhookReceiver(body -> number[0] != null && body.contains(number[0])
				&& refusals.getAndIncrement() == 0 ? 503 : 204)) {
			String id = JsonPath.read(register("{\"url\":\"" + receiver.url() + "\",\"events\":[\"case-submitted\"]}")
					.andReturn().getResponse().getContentAsString(), "$.id");
			number[0] = new SubmittedCases(context).heatPump().value();

			Awaitility.await().atMost(PATIENCE).until(() -> {
				dispatcher.deliverDue();
				return !receiver.about(number[0]).isEmpty();
			});
			String log = mvc.perform(get("/api/v1/webhooks/" + id + "/deliveries").with(ecos))
					.andReturn().getResponse().getContentAsString();
			List<String> states = JsonPath.read(log, "$.deliveries[?(@.caseNumber == '" + number[0] + "')].state");
			List<String> nextAttempts = JsonPath.read(log, "$.deliveries[?(@.caseNumber == '" + number[0] + "')].nextAttemptAt");
			assertThat(states).containsExactly("pending");
			assertThat(Instant.parse(nextAttempts.get(0))).isAfter(Instant.now().plusSeconds(20));

			dispatcher.retryNow(UUID.fromString(id));
			Awaitility.await().atMost(PATIENCE).until(() -> {
				dispatcher.deliverDue();
				return receiver.about(number[0]).size() == 2;
			});
			mvc.perform(get("/api/v1/webhooks/" + id + "/deliveries").with(ecos))
					.andExpect(jsonPath("$.deliveries[?(@.caseNumber == '" + number[0] + "')].state", hasItem("delivered")))
					.andExpect(jsonPath("$.deliveries[?(@.caseNumber == '" + number[0] + "')].attempts[0].statusCode",
							hasItem(503)))
					.andExpect(jsonPath("$.deliveries[?(@.caseNumber == '" + number[0] + "')].attempts[0].error",
							hasItem("the receiver answered 503")))
					.andExpect(jsonPath("$.deliveries[?(@.caseNumber == '" + number[0] + "')].attempts[1].statusCode",
							hasItem(204)));
			// The retry is the same event: a receiver that got the first after all recognises the second.
			List<WebhookReceiver.Received> both = receiver.about(number[0]);
			assertThat(both).extracting(r -> r.headers().get("cityhall-event-id"))
					.containsOnly(both.get(0).headers().get("cityhall-event-id"));
			assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
		}
	}

	@Test
	void aRemovedWebhookGetsNothingMoreAndItsLogStaysReadable() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.acceptingAll()) {
			String id = JsonPath.read(register("{\"url\":\"" + receiver.url() + "\"}").andReturn().getResponse()
					.getContentAsString(), "$.id");

			mvc.perform(delete("/api/v1/webhooks/" + id).with(ecos)).andExpect(status().isNoContent());
			String number = new SubmittedCases(context).heatPump().value();
			Awaitility.await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM cases_api_event WHERE case_number = ?")
					.param(number).query(Integer.class).single() == 1);

			assertThat(jdbc.sql("SELECT count(*) FROM cases_webhook_delivery WHERE subscription_id = ?")
					.param(UUID.fromString(id)).query(Integer.class).single()).isZero();
			mvc.perform(get("/api/v1/webhooks/" + id).with(ecos))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.active").value(false))
					.andExpect(jsonPath("$.secret").doesNotExist());
			mvc.perform(get("/api/v1/webhooks/" + id + "/deliveries").with(ecos)).andExpect(status().isOk());
		}
	}

	@Test
	void anotherDepartmentsClientNeitherSeesNorRemovesTheWebhook() throws Exception {
		String id = JsonPath.read(register("{\"url\":\"http://127.0.0.1:9/hooks\"}").andReturn().getResponse()
				.getContentAsString(), "$.id");
		RequestPostProcessor traffic = OperationsSystems.client("traffic-system", "traffic", "cases:read", "cases:write");

		mvc.perform(get("/api/v1/webhooks/" + id).with(traffic)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/webhooks/" + id + "/deliveries").with(traffic)).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/webhooks/" + id).with(traffic)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/webhooks").with(traffic)).andExpect(jsonPath("$.webhooks[*].id", not(hasItem(id))));
		mvc.perform(get("/api/v1/webhooks").with(ecos))
				.andExpect(jsonPath("$.webhooks[*].id", hasItem(id)))
				.andExpect(jsonPath("$.webhooks[?(@.id == '" + id + "')].active", hasItem(true)))
				.andExpect(jsonPath("$.webhooks[*].secret").isEmpty());
	}

	@Test
	void aWebhookMustBeAnHttpUrlWithoutCredentialsAndKnownEvents() throws Exception {
		for (String url : List.of("ftp://files.example.org/in", "javascript:alert(1)", "https://user:secret@example.org/in",
				"not a url", "")) {
			register("{\"url\":\"" + url + "\"}")
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.field").value("url"));
		}
		register("{\"url\":\"http://127.0.0.1:9/hooks\",\"events\":[\"case-deleted\"]}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("events"));
	}

	@Test
	void registeringTwiceWithOneIdempotencyKeyMakesOneWebhook() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = "{\"url\":\"http://127.0.0.1:9/hooks/" + key + "\"}";
		String first = mvc.perform(post("/api/v1/webhooks").with(ecos).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		registered.add(JsonPath.read(first, "$.id"));
		mvc.perform(post("/api/v1/webhooks").with(ecos).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andExpect(jsonPath("$.id").value((String) JsonPath.read(first, "$.id")));

		assertThat(jdbc.sql("SELECT count(*) FROM cases_webhook_subscription WHERE url = ?")
				.param("http://127.0.0.1:9/hooks/" + key).query(Integer.class).single()).isEqualTo(1);
	}

	private org.springframework.test.web.servlet.ResultActions register(String body) throws Exception {
		org.springframework.test.web.servlet.ResultActions result = mvc.perform(post("/api/v1/webhooks").with(ecos)
				.contentType(MediaType.APPLICATION_JSON).content(body));
		if (result.andReturn().getResponse().getStatus() == 201) {
			registered.add(JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id"));
		}
		return result;
	}

	/** A receiver's check, word for word as docs/operations-api.md shows it. */
	public static final class Receiver {

		public static boolean verify(String secret, String signatureHeader, String body, Instant now) throws Exception {
			long t = -1;
			String v1 = null;
			for (String part : signatureHeader.split(",")) {
				String[] kv = part.trim().split("=", 2);
				if (kv.length == 2 && kv[0].equals("t")) {
					t = Long.parseLong(kv[1]);
				}
				else if (kv.length == 2 && kv[0].equals("v1")) {
					v1 = kv[1];
				}
			}
			if (t < 0 || v1 == null || Math.abs(now.getEpochSecond() - t) > 300) {
				return false; // unsigned, or too old: a replay
			}
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
			return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
		}
	}
}
