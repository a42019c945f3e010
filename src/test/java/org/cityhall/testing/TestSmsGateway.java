package org.cityhall.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.SpringApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS operator's HTTP gateway for the tests, one per test run on a free port of the loopback
 * interface (JDK's HttpServer), started when first asked for and stopped after the last Spring
 * context has closed. It takes what CityHall's SMS adapter posts – JSON {@code {to, text, reference}}
 * with a bearer token – and keeps it; tests read what a number received with {@link #textsTo}, and
 * make the gateway refuse a number's next messages with {@link #failNext}. A message is kept before
 * the gateway answers, so a text sent in a request is there when the request has returned.
 */
public final class TestSmsGateway {

	/** The bearer token the application is configured with. */
	public static final String TOKEN = "test-sms-gateway-token";
	private static final String PATH = "/sms/v1/messages";

	private static HttpServer server;
	private static final List<Text> received = new CopyOnWriteArrayList<>();
	private static final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();
	private static final JsonMapper json = new JsonMapper();

	private TestSmsGateway() {
	}

	public static synchronized HttpServer server() {
		if (server == null) {
			try {
				HttpServer started = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				started.createContext(PATH, TestSmsGateway::handle);
				started.start();
				SpringApplication.getShutdownHandlers().add(() -> started.stop(0));
				server = started;
			}
			catch (IOException ex) {
				throw new IllegalStateException("The test SMS gateway could not start", ex);
			}
		}
		return server;
	}

	/** Spring Boot properties that send the application's text messages to this gateway. */
	public static Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("cityhall.notifications.sms.url", url());
		properties.put("cityhall.notifications.sms.token", TOKEN);
		properties.put("cityhall.notifications.sms.timeout", "5s");
		return properties;
	}

	/** Where the gateway takes messages. */
	public static String url() {
		InetSocketAddress address = server().getAddress();
		return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + PATH;
	}

	/** The texts the number received, oldest first. */
	public static List<Text> textsTo(String number) {
		return received.stream().filter(text -> number.equals(text.to())).toList();
	}

	/** The gateway answers the number's next {@code times} messages with the status instead of taking them. */
	public static void failNext(String number, int times, int status) {
		Deque<Integer> answers = failures.computeIfAbsent(number, n -> new ArrayDeque<>());
		synchronized (answers) {
			for (int i = 0; i < times; i++) {
				answers.addLast(status);
			}
		}
	}

	private static void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				answer(exchange, 405, "{\"error\":\"POST only\"}");
				return;
			}
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (!("Bearer " + TOKEN).equals(authorization)) {
				answer(exchange, 401, "{\"error\":\"unknown token\"}");
				return;
			}
			JsonNode body;
			try (InputStream in = exchange.getRequestBody()) {
				body = json.readTree(in.readAllBytes());
			}
			String to = body.path("to").asString(null);
			Deque<Integer> answers = to == null ? null : failures.get(to);
			Integer failure = null;
			if (answers != null) {
				synchronized (answers) {
					failure = answers.pollFirst();
				}
			}
			if (failure != null) {
				answer(exchange, failure, "{\"error\":\"the test made the gateway refuse\"}");
				return;
			}
			received.add(new Text(to, body.path("text").asString(null), body.path("reference").asString(null),
					exchange.getRequestHeaders().getFirst("Content-Type")));
			answer(exchange, 202, "{\"status\":\"accepted\"}");
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** A text message as the gateway received it, with the request's content type. */
	public record Text(String to, String text, String reference, String contentType) {
	}
}
