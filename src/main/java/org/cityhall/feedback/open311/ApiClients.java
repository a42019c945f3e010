package org.cityhall.feedback.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.github.f4b6a3.uuid.UuidCreator;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * The Open311 clients the city has given an API key: each key is kept only as its SHA-256 and has its own
 * rate, counted per node in a token bucket (bucket4j). Requests without a key (the public reads) share a
 * bucket per address.
 */
@Service
public class ApiClients {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;
	private final int anonymousPerMinute;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
	private final Map<String, Optional<Client>> byHash = new ConcurrentHashMap<>();

	ApiClients(JdbcClient jdbc, Clock clock,
			@Value("${cityhall.feedback.open311.anonymous-requests-per-minute:600}") int anonymousPerMinute) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.anonymousPerMinute = anonymousPerMinute;
	}

	/** A client: its name is recorded on the reports it sends. */
	public record Client(UUID id, String name, int requestsPerMinute, boolean active) {
	}

	/** Registers a client and gives its key, which is shown once and kept only as a hash. */
	public String register(String name, int requestsPerMinute) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("INSERT INTO feedback_api_client (id, name, key_hash, requests_per_minute, active, created_at) VALUES (:id, :name, :hash, :rate, true, :at)")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("name", name).param("hash", hash(key)).param("rate", requestsPerMinute)
				.param("at", Timestamp.from(clock.instant())).update();
		return key;
	}

	public void revoke(UUID id) {
		jdbc.sql("UPDATE feedback_api_client SET active = false WHERE id = :id").param("id", id).update();
		byHash.clear();
	}

	public List<Client> all() {
		return jdbc.sql("SELECT id, name, requests_per_minute, active FROM feedback_api_client ORDER BY created_at")
				.query((rs, n) -> new Client(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("requests_per_minute"), rs.getBoolean("active")))
				.list();
	}

	/** The active client holding the key. */
	public Optional<Client> byKey(String key) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		return byHash.computeIfAbsent(hash(key), h -> jdbc.sql("SELECT id, name, requests_per_minute, active FROM feedback_api_client WHERE key_hash = :h AND active")
				.param("h", h).query((rs, n) -> new Client(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("requests_per_minute"), true))
				.optional());
	}

	/** Takes one request from the client's bucket: false when the client has used its rate. */
	public boolean tryRequest(Client client) {
		return buckets.computeIfAbsent("client:" + client.id(), k -> bucket(client.requestsPerMinute())).tryConsume(1);
	}

	/** Takes one request from the bucket of an address without a key. */
	public boolean tryAnonymousRequest(String address) {
		return buckets.computeIfAbsent("address:" + address, k -> bucket(anonymousPerMinute)).tryConsume(1);
	}

	private static Bucket bucket(int perMinute) {
		return Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build();
	}

	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
