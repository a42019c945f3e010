package org.cityhall.billing.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.cityhall.billing.PaymentProvider.ProviderPayment;
import org.cityhall.billing.PaymentProvider.StartedPayment;
import org.cityhall.billing.PaymentProvider.Status;
import org.cityhall.billing.PaymentProviderException;
import org.cityhall.billing.PaymentProviderException.Problem;
import org.cityhall.shared.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provider adapter against a real local HTTP server standing in for the card provider. */
class HttpPaymentProviderTest {

	static final String API_KEY = "secret-test-key";
	static final URI RETURN_URL = URI.create("https://city.example/payments/0190/return");

	HttpServer server;
	final List<Request> requests = new CopyOnWriteArrayList<>();
	final CountDownLatch released = new CountDownLatch(1);
	volatile Answer answer = new Answer(500, "text/plain", "not scripted");
	HttpPaymentProvider provider;

	@BeforeEach
	void startTheProvider() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/", this::handle);
		server.start();
		provider = providerAnswering(Duration.ofSeconds(20));
	}

	@AfterEach
	void stopTheProvider() {
		released.countDown();
		server.stop(0);
		((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
	}

	@Test
	void startingAPaymentPostsTheAmountInOreWithTheKeyAndGivesTheProvidersPage() {
		answer = json(201, "{\"id\":\"pay_123\",\"status\":\"created\",\"redirectUrl\":\"https://pay.example/checkout/pay_123\"}");

		StartedPayment started = provider.start(Money.sek("1500.50"), "0190-ref", RETURN_URL);

		assertThat(started).isEqualTo(new StartedPayment("pay_123", URI.create("https://pay.example/checkout/pay_123")));
		Request request = requests.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/api/v1/payments");
		assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer " + API_KEY);
		assertThat(request.headers().getFirst("Idempotency-Key")).isEqualTo("0190-ref");
		assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
		JsonNode body = JsonMapper.builder().build().readTree(request.body());
		assertThat(body.path("amount").longValue()).isEqualTo(150_050L);
		assertThat(body.path("amount").isIntegralNumber()).isTrue();
		assertThat(body.path("currency").stringValue()).isEqualTo("SEK");
		assertThat(body.path("reference").stringValue()).isEqualTo("0190-ref");
		assertThat(body.path("returnUrl").stringValue()).isEqualTo(RETURN_URL.toString());
	}

	@ParameterizedTest
	@CsvSource({"created, CREATED", "paid, PAID", "failed, FAILED", "cancelled, CANCELLED"})
	void theStatusIsAskedWithTheKeyAndReadWithItsAmount(String said, Status status) {
		answer = json(200, "{\"id\":\"pay_123\",\"status\":\"" + said + "\",\"amount\":150000,\"currency\":\"SEK\",\"reference\":\"0190-ref\"}");

		ProviderPayment payment = provider.status("pay_123");

		assertThat(payment).isEqualTo(new ProviderPayment("pay_123", status, Money.sek("1500")));
		assertThat(requests.get(0).method()).isEqualTo("GET");
		assertThat(requests.get(0).path()).isEqualTo("/api/v1/payments/pay_123");
		assertThat(requests.get(0).headers().getFirst("Authorization")).isEqualTo("Bearer " + API_KEY);
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsUnavailable() {
		answer = null;
		HttpPaymentProvider impatient = providerAnswering(Duration.ofMillis(300));

		long started = System.nanoTime();
		PaymentProviderException problem = catchThrowableOfType(PaymentProviderException.class, () -> impatient.status("pay_123"));

		assertThat(problem.problem()).isEqualTo(Problem.UNAVAILABLE);
		assertThat(problem.getMessage()).contains("http://127.0.0.1:")
				// On a busy machine the time may run out while still connecting.
				.containsAnyOf("did not answer GET /payments/pay_123 within 0.3 s", "could not be connected to for GET /payments/pay_123");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
	}

	@Test
	void aServerErrorIsUnavailableWithTheProvidersWords() {
		answer = json(503, "{\"title\":\"Service Unavailable\",\"detail\":\"maintenance until 03:00\"}");

		PaymentProviderException problem = catchThrowableOfType(PaymentProviderException.class,
				() -> provider.start(Money.sek("10"), "ref", RETURN_URL));

		assertThat(problem.problem()).isEqualTo(Problem.UNAVAILABLE);
		assertThat(problem.getMessage()).contains("POST /payments", "503", "maintenance until 03:00");
	}

	@Test
	void aRefusedKeyIsSaidWithoutTheKey() {
		answer = json(401, "{\"title\":\"Unauthorized\"}");

		PaymentProviderException problem = catchThrowableOfType(PaymentProviderException.class, () -> provider.status("pay_123"));

		assertThat(problem.problem()).isEqualTo(Problem.REFUSED);
		assertThat(problem.getMessage()).contains("401", "cityhall.billing.provider.api-key").doesNotContain(API_KEY);
	}

	@Test
	void anUnknownPaymentIsNotFound() {
		answer = json(404, "");

		PaymentProviderException problem = catchThrowableOfType(PaymentProviderException.class, () -> provider.status("pay_404"));

		assertThat(problem.problem()).isEqualTo(Problem.NOT_FOUND);
		assertThat(problem.getMessage()).contains("404", "no such payment");
	}

	@Test
	void aRequestTheProviderFindsWrongIsRefusedWithItsReason() {
		answer = json(422, "{\"detail\":\"amount below the minimum\"}");

		PaymentProviderException problem = catchThrowableOfType(PaymentProviderException.class,
				() -> provider.start(Money.sek("0.01"), "ref", RETURN_URL));

		assertThat(problem.problem()).isEqualTo(Problem.REFUSED);
		assertThat(problem.getMessage()).contains("422", "amount below the minimum");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"<html>Bad gateway</html>",
			"[\"pay_123\"]",
			"{\"status\":\"created\",\"redirectUrl\":\"https://pay.example/x\"}",
			"{\"id\":\"pay_123\",\"redirectUrl\":\"https://pay.example/x\"}",
			"{\"id\":\"pay_123\",\"status\":\"approved\",\"redirectUrl\":\"https://pay.example/x\"}",
			"{\"id\":\"pay_123\",\"status\":\"created\"}",
			"{\"id\":\"pay_123\",\"status\":\"created\",\"redirectUrl\":\"/checkout/pay_123\"}",
			"{\"id\":\"pay_123\",\"status\":\"created\",\"redirectUrl\":\"javascript:alert(1)\"}",
			"{\"id\":\"../admin\",\"status\":\"created\",\"redirectUrl\":\"https://pay.example/x\"}",
			"{\"id\":\"pay_123\",\"status\":\"created\",\"redirectUrl\":\"https://pay example/x\"}",
			""})
	void anAnswerToAStartThatCannotBeUsedIsUnreadable(String body) {
		answer = json(201, body);

		PaymentProviderException problem = catchThrowableOfType(PaymentProviderException.class,
				() -> provider.start(Money.sek("10"), "ref", RETURN_URL));

		assertThat(problem.problem()).as(body).isEqualTo(Problem.UNREADABLE);
		assertThat(problem.getMessage()).contains("POST /payments");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"{\"id\":\"pay_123\",\"status\":\"paid\",\"amount\":\"150000\",\"currency\":\"SEK\"}",
			"{\"id\":\"pay_123\",\"status\":\"paid\",\"amount\":1500.5,\"currency\":\"SEK\"}",
			"{\"id\":\"pay_123\",\"status\":\"paid\",\"amount\":-1,\"currency\":\"SEK\"}",
			"{\"id\":\"pay_123\",\"status\":\"paid\",\"currency\":\"SEK\"}",
			"{\"id\":\"pay_123\",\"status\":\"paid\",\"amount\":150000,\"currency\":\"kronor\"}",
			"{\"id\":\"pay_123\",\"status\":\"paid\",\"amount\":150000}",
			"{\"id\":\"pay_999\",\"status\":\"paid\",\"amount\":150000,\"currency\":\"SEK\"}",
			"{\"id\":\"pay_123\",\"status\":\"PAID\",\"amount\":150000,\"currency\":\"SEK\"}",
			"{\"id\":\"pay_123\",\"status\":\"paid\",\"amount\":150000,\"currency\":\"SEK\""})
	void aStatusThatCannotBeUsedIsUnreadable(String body) {
		answer = json(200, body);

		PaymentProviderException problem = catchThrowableOfType(PaymentProviderException.class, () -> provider.status("pay_123"));

		assertThat(problem.problem()).as(body).isEqualTo(Problem.UNREADABLE);
		assertThat(problem.getMessage()).contains("GET /payments/pay_123");
	}

	@Test
	void aProviderThatCannotBeReachedIsUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		HttpPaymentProvider nowhere = new HttpPaymentProvider(URI.create("http://127.0.0.1:" + closedPort), API_KEY,
				Duration.ofSeconds(20), Duration.ofSeconds(20));

		PaymentProviderException problem = catchThrowableOfType(PaymentProviderException.class,
				() -> nowhere.start(Money.sek("10"), "ref", RETURN_URL));

		assertThat(problem.problem()).isEqualTo(Problem.UNAVAILABLE);
		assertThat(problem.getMessage()).contains("could not", "127.0.0.1:" + closedPort);
	}

	@Test
	void aProviderNotConfiguredSaysWhichSettingIsMissing() {
		HttpPaymentProvider none = new HttpPaymentProvider(() -> {
			throw new PaymentProviderException(Problem.NOT_CONFIGURED, "no card payment provider is configured");
		}, "", Duration.ofSeconds(1), Duration.ofSeconds(1));

		PaymentProviderException problem = catchThrowableOfType(PaymentProviderException.class, () -> none.status("pay_123"));

		assertThat(problem.problem()).isEqualTo(Problem.NOT_CONFIGURED);
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "../admin", "pay 123", "pay/123", "pay?x=1"})
	void anIdThatCouldLeaveThePathIsNeverSent(String id) {
		assertThatIllegalArgumentException().isThrownBy(() -> provider.status(id));
		assertThat(requests).isEmpty();
	}

	/** The adapter for the local provider; the machine may be busy, so only the timeout test is impatient. */
	private HttpPaymentProvider providerAnswering(Duration timeout) {
		return new HttpPaymentProvider(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/"), API_KEY,
				Duration.ofSeconds(20), timeout);
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders(),
				new String(body, StandardCharsets.UTF_8)));
		Answer scripted = answer;
		if (scripted == null) {
			try {
				// Holds the answer until the test is over, well past the adapter's timeout.
				released.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
			return;
		}
		byte[] bytes = scripted.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", scripted.contentType());
		exchange.sendResponseHeaders(scripted.status(), bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Answer json(int status, String body) {
		return new Answer(status, "application/json", body);
	}

	record Request(String method, String path, Headers headers, String body) {
	}

	record Answer(int status, String contentType, String body) {
	}
}
