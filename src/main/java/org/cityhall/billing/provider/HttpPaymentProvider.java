package org.cityhall.billing.provider;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.cityhall.billing.PaymentProvider;
import org.cityhall.billing.PaymentProviderException;
import org.cityhall.billing.PaymentProviderException.Problem;
import org.cityhall.shared.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The payment provider over HTTP, by the JSON protocol in {@code docs/billing.md}:
 * {@code POST /payments} starts a payment, {@code GET /payments/{id}} tells its status. Every
 * request carries the API key as a bearer token and gives up after the configured time; every
 * failure becomes a {@link PaymentProviderException} that names the provider, the request and
 * the trouble.
 */
public class HttpPaymentProvider implements PaymentProvider {

	/** Provider ids go into a path: letters, digits and a few safe marks only. */
	static final Pattern PROVIDER_ID = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

	private static final int MAX_ANSWER_LENGTH = 64 * 1024;

	private final Supplier<URI> baseUrl;
	private final String apiKey;
	private final Duration timeout;
	private final HttpClient http;
	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * @param baseUrl the provider's API, such as {@code https://pay.example/api/v1}; the protocol's
	 *        paths are added to it
	 * @param apiKey the key CityHall sends as a bearer token
	 * @param connectTimeout how long to wait for a connection
	 * @param timeout how long to wait for each answer
	 */
	public HttpPaymentProvider(URI baseUrl, String apiKey, Duration connectTimeout, Duration timeout) {
		this(constant(baseUrl), apiKey, connectTimeout, timeout);
	}

	HttpPaymentProvider(Supplier<URI> baseUrl, String apiKey, Duration connectTimeout, Duration timeout) {
		this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
		this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
		this.timeout = Objects.requireNonNull(timeout, "timeout");
		this.http = HttpClient.newBuilder()
				.connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
	}

	@Override
	public StartedPayment start(Money amount, String reference, URI returnUrl) {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(returnUrl, "returnUrl");
		ObjectNode body = json.createObjectNode()
				.put("amount", amount.minorUnits())
				.put("currency", amount.currency().getCurrencyCode())
				.put("reference", reference)
				.put("returnUrl", returnUrl.toString());
		URI base = base();
		String what = "POST /payments";
		HttpRequest request = request(base, "/payments")
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", reference)
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
				.build();
		JsonNode answer = answer(base, what, send(base, what, request));
		String id = providerId(base, what, answer);
		status(base, what, answer);
		String redirect = requiredText(base, what, answer, "redirectUrl");
		URI redirectUrl;
		try {
			redirectUrl = new URI(redirect);
		}
		catch (URISyntaxException notAnAddress) {
			throw unreadable(base, what, "its redirectUrl is not an address");
		}
		if (!redirectUrl.isAbsolute() || !("https".equalsIgnoreCase(redirectUrl.getScheme())
				|| "http".equalsIgnoreCase(redirectUrl.getScheme())) || redirectUrl.getHost() == null) {
			throw unreadable(base, what, "its redirectUrl is not an absolute http(s) address");
		}
		return new StartedPayment(id, redirectUrl);
	}

	@Override
	public ProviderPayment status(String paymentId) {
		Objects.requireNonNull(paymentId, "paymentId");
		if (!PROVIDER_ID.matcher(paymentId).matches()) {
			throw new IllegalArgumentException("a payment provider's id is 1 to 200 letters, digits or . _ ~ -");
		}
		URI base = base();
		String what = "GET /payments/" + paymentId;
		HttpRequest request = request(base, "/payments/" + paymentId).GET().build();
		JsonNode answer = answer(base, what, send(base, what, request));
		String id = providerId(base, what, answer);
		if (!id.equals(paymentId)) {
			throw unreadable(base, what, "it answered about another payment, " + id);
		}
		Status status = status(base, what, answer);
		JsonNode amount = answer.path("amount");
		if (!amount.isIntegralNumber() || !amount.canConvertToLong() || amount.longValue() < 0) {
			throw unreadable(base, what, "its amount is not a whole, non-negative number of minor units");
		}
		String currency = requiredText(base, what, answer, "currency");
		Currency theCurrency;
		try {
			theCurrency = Currency.getInstance(currency);
		}
		catch (IllegalArgumentException unknown) {
			throw unreadable(base, what, "its currency is not a currency code");
		}
		return new ProviderPayment(id, status, Money.ofMinorUnits(amount.longValue(), theCurrency));
	}

	private URI base() {
		return baseUrl.get();
	}

	private HttpRequest.Builder request(URI base, String path) {
		String root = base.toString();
		if (root.endsWith("/")) {
			root = root.substring(0, root.length() - 1);
		}
		return HttpRequest.newBuilder(URI.create(root + path))
				.timeout(timeout)
				.header("Authorization", "Bearer " + apiKey)
				.header("Accept", "application/json");
	}

	private HttpResponse<String> send(URI base, String what, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpConnectTimeoutException slow) {
			throw new PaymentProviderException(Problem.UNAVAILABLE, "the payment provider at " + base
					+ " could not be connected to for " + what + " in time (timeouts: " + seconds(http.connectTimeout().orElse(timeout))
					+ " to connect, " + seconds(timeout) + " to answer)", slow);
		}
		catch (HttpTimeoutException slow) {
			throw new PaymentProviderException(Problem.UNAVAILABLE, "the payment provider at " + base
					+ " did not answer " + what + " within " + seconds(timeout), slow);
		}
		catch (ConnectException refused) {
			throw new PaymentProviderException(Problem.UNAVAILABLE, "the payment provider at " + base
					+ " could not be reached for " + what + ": the connection was refused", refused);
		}
		catch (IOException broken) {
			throw new PaymentProviderException(Problem.UNAVAILABLE, "the payment provider at " + base
					+ " could not be asked " + what + ": " + broken.getClass().getSimpleName()
					+ (broken.getMessage() == null ? "" : " (" + broken.getMessage() + ")"), broken);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new PaymentProviderException(Problem.UNAVAILABLE, "asking the payment provider at " + base + " "
					+ what + " was interrupted", interrupted);
		}
	}

	private JsonNode answer(URI base, String what, HttpResponse<String> response) {
		int code = response.statusCode();
		String body = response.body() == null ? "" : response.body();
		if (code >= 500) {
			throw new PaymentProviderException(Problem.UNAVAILABLE, "the payment provider at " + base + " answered "
					+ what + " with " + code + ", a server error" + detail(body));
		}
		if (code == 401 || code == 403) {
			throw new PaymentProviderException(Problem.REFUSED, "the payment provider at " + base + " refused " + what
					+ " with " + code + ": check cityhall.billing.provider.api-key" + detail(body));
		}
		if (code == 404) {
			throw new PaymentProviderException(Problem.NOT_FOUND, "the payment provider at " + base + " answered " + what
					+ " with 404: no such payment, or the wrong cityhall.billing.provider.url" + detail(body));
		}
		if (code < 200 || code > 299) {
			throw new PaymentProviderException(Problem.REFUSED, "the payment provider at " + base + " refused " + what
					+ " with " + code + detail(body));
		}
		if (body.length() > MAX_ANSWER_LENGTH) {
			throw unreadable(base, what, "its answer is longer than " + MAX_ANSWER_LENGTH + " characters");
		}
		JsonNode answer;
		try {
			answer = json.readTree(body);
		}
		catch (JacksonException notJson) {
			throw new PaymentProviderException(Problem.UNREADABLE, "the payment provider at " + base + " answered "
					+ what + " with something that is not JSON", notJson);
		}
		if (answer == null || !answer.isObject()) {
			throw unreadable(base, what, "its answer is not a JSON object");
		}
		return answer;
	}

	private String providerId(URI base, String what, JsonNode answer) {
		String id = requiredText(base, what, answer, "id");
		if (!PROVIDER_ID.matcher(id).matches()) {
			throw unreadable(base, what, "its id is not 1 to 200 letters, digits or . _ ~ -");
		}
		return id;
	}

	private Status status(URI base, String what, JsonNode answer) {
		String status = requiredText(base, what, answer, "status");
		switch (status) {
			case "created":
				return Status.CREATED;
			case "paid":
				return Status.PAID;
			case "failed":
				return Status.FAILED;
			case "cancelled":
				return Status.CANCELLED;
			default:
				throw unreadable(base, what, "its status '" + abbreviated(status) + "' is none of created, paid, failed, cancelled");
		}
	}

	private String requiredText(URI base, String what, JsonNode answer, String field) {
		JsonNode value = answer.path(field);
		if (!value.isString() || value.stringValue().isBlank()) {
			throw unreadable(base, what, "it has no " + field);
		}
		return value.stringValue();
	}

	private static PaymentProviderException unreadable(URI base, String what, String why) {
		return new PaymentProviderException(Problem.UNREADABLE, "the payment provider at " + base + " answered " + what
				+ " in a way CityHall cannot use: " + why);
	}

	/** The start of an error answer, for the log: providers explain themselves there. */
	private static String detail(String body) {
		String text = body.strip().replaceAll("\\s+", " ");
		return text.isEmpty() ? "" : " (" + abbreviated(text) + ")";
	}

	private static String abbreviated(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200) + "…";
	}

	private static String seconds(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s"
				: String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	private static Supplier<URI> constant(URI baseUrl) {
		Objects.requireNonNull(baseUrl, "baseUrl");
		return () -> baseUrl;
	}
}
