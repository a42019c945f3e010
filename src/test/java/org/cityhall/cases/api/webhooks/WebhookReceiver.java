package org.cityhall.cases.api.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;

import com.sun.net.httpserver.HttpServer;

/**
 * An operations system's webhook endpoint on the loopback interface: it keeps every request it gets and
 * answers with the status the test chooses for each body.
 */
public final class WebhookReceiver implements AutoCloseable {

	/** A request received: its headers (names in lower case) and body. */
	public record Received(Map<String, String> headers, String body) {
	}

	private final HttpServer server;
	private final List<Received> received = new CopyOnWriteArrayList<>();

	WebhookReceiver(ToIntFunction<String> statusForBody) throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/hooks/cases", exchange -> {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			Map<String, String> headers = new java.util.LinkedHashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
					String.join(",", values)));
			received.add(new Received(headers, body));
			exchange.sendResponseHeaders(statusForBody.applyAsInt(body), -1);
			exchange.close();
		});
		server.start();
	}

	/** A receiver that takes everything. */
	public static WebhookReceiver acceptingAll() throws IOException {
		return new WebhookReceiver(body -> 204);
	}

	/** Whether the signature header is the secret's over the body, checked as a receiver does (docs/operations-api.md). */
	public static boolean verify(String secret, String signatureHeader, String body) throws Exception {
		return WebhooksTest.Receiver.verify(secret, signatureHeader, body, java.time.Instant.now());
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/cases";
	}

	/** What arrived about the case, oldest first. */
	public List<Received> about(String caseNumber) {
		return received.stream().filter(request -> request.body().contains("\"caseNumber\":\"" + caseNumber + "\"")).toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
