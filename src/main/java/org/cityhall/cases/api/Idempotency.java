package org.cityhall.cases.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a POST of the cases API safe to retry: with an {@code Idempotency-Key} header, the first request
 * is done and its answer kept with the key, in the same transaction as the change; a repeat of the same
 * request with the same key gets that answer again and changes nothing; the same key with a different
 * request is refused (422). Two requests with one key at the same moment wait for each other on the key's
 * row, so one does the change. A request that fails changes nothing and keeps no answer, so it can be
 * retried with the same key. Keys are per client, and forgotten after {@code cityhall.api.idempotency-retention}.
 */
@Component
public class Idempotency {

	/** The header, as in the IETF draft "The Idempotency-Key HTTP Header Field". */
	public static final String HEADER = "Idempotency-Key";
	/** Set on an answer that repeats the first one. */
	public static final String REPLAYED = "Idempotent-Replayed";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final JsonMapper json;
	private final CasesApiProperties properties;
	private final Clock clock;

	Idempotency(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, CasesApiProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/** What a POST answers: its status, its JSON body and, for something made, where it is. */
	public record Answer(HttpStatus status, Object body, Optional<URI> location) {

		public static Answer ok(Object body) {
			return new Answer(HttpStatus.OK, body, Optional.empty());
		}

		public static Answer created(Object body, URI location) {
			return new Answer(HttpStatus.CREATED, body, Optional.of(location));
		}
	}

	/**
	 * Does the request once per key.
	 *
	 * @param key the Idempotency-Key header, if the client sent one
	 * @param request what identifies the request: method, path and body, so a key reused for another is caught
	 */
	public ResponseEntity<String> once(OperationsClient client, String key, String request, Supplier<Answer> action) {
		if (key == null) {
			return transactions.execute(status -> respond(render(action.get()), false));
		}
		String checked = check(key);
		String requestHash = sha256(request);
		return transactions.execute(status -> {
			int claimed = jdbc.sql("INSERT INTO cases_api_idempotency (client_id, idempotency_key, request_hash, created_at) "
					+ "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
					.params(client.clientId(), checked, requestHash, Timestamp.from(clock.instant())).update();
			if (claimed == 0) {
				return replay(client, checked, requestHash);
			}
			Rendered rendered = render(action.get());
			jdbc.sql("UPDATE cases_api_idempotency SET response_status = ?, response_body = ?, response_location = ?, "
					+ "response_hash = ? WHERE client_id = ? AND idempotency_key = ?")
					.params(rendered.status, rendered.body, rendered.location, sha256(rendered.body), client.clientId(), checked)
					.update();
			return respond(rendered, false);
		});
	}

	/** Forgets keys past their retention. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	public void forgetOld() {
		jdbc.sql("DELETE FROM cases_api_idempotency WHERE created_at < ?")
				.param(Timestamp.from(clock.instant().minus(properties.idempotencyRetention()))).update();
	}

	private ResponseEntity<String> replay(OperationsClient client, String key, String requestHash) {
		Stored stored = jdbc.sql("SELECT request_hash, response_status, response_body, response_location "
				+ "FROM cases_api_idempotency WHERE client_id = ? AND idempotency_key = ?")
				.params(client.clientId(), key)
				.query((rs, row) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).single();
		if (!stored.requestHash.equals(requestHash)) {
			throw ApiProblem.unprocessable(HEADER, "the Idempotency-Key " + key + " was already used for a different "
					+ "request; use a new key for a new request");
		}
		return respond(new Rendered(stored.status, stored.body, stored.location), true);
	}

	private Rendered render(Answer answer) {
		return new Rendered(answer.status().value(), json.writeValueAsString(answer.body()),
				answer.location().map(URI::toString).orElse(null));
	}

	private static ResponseEntity<String> respond(Rendered rendered, boolean replayed) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(rendered.status).contentType(MediaType.APPLICATION_JSON);
		if (rendered.location != null) {
			builder.header(HttpHeaders.LOCATION, rendered.location);
		}
		if (replayed) {
			builder.header(REPLAYED, "true");
		}
		return builder.body(rendered.body);
	}

	private static String check(String key) {
		if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
			throw ApiProblem.badInput(HEADER, "an Idempotency-Key is 1 to 200 visible ASCII characters, such as a UUID");
		}
		return key;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	private record Rendered(int status, String body, String location) {
	}

	private record Stored(String requestHash, int status, String body, String location) {
	}
}
