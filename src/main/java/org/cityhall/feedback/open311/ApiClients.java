package org.cityhall.feedback.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cityhall.feedback.ApiKeyIssued;
import org.cityhall.feedback.ApiKeyRevoked;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

import io.github.bucket4j.Bucket;

/**
 * The Open311 clients the city has given an API key: each key is kept only as its SHA-256 and has its own
 * rate, counted per node in a token bucket (bucket4j). Requests without a key (the public reads) share a
 * bucket per address, forgotten once idle ({@link AddressBuckets}).
 */
@Service
public class ApiClients {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final AddressBuckets addresses;
	private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();
	private final Map<String, Known> byHash = new ConcurrentHashMap<>();

	/** A client found by its key's hash, and when: a revocation on another node is seen within {@link #KNOWN_FOR}. */
	private record Known(Client client, long at) {
	}

	private static final long KNOWN_FOR = Duration.ofMinutes(1).toMillis();

	ApiClients(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
			@Value("${cityhall.feedback.open311.anonymous-requests-per-minute:600}") int anonymousPerMinute,
			@Value("${cityhall.feedback.open311.addresses-tracked:50000}") int addressesTracked) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.addresses = new AddressBuckets(anonymousPerMinute, addressesTracked, clock);
	}

	/**
	 * A client: its name is recorded on the reports it sends.
	 *
	 * @param contact whom the city asks about the client (an e-mail address or a phone number)
	 */
	public record Client(UUID id, String name, String contact, int requestsPerMinute, boolean active, Instant issuedAt,
			Optional<String> issuedBy, Optional<Instant> revokedAt, Optional<String> revokedBy) {
	}

	/**
	 * Issues a client its key, which is returned to be shown once and is kept only as its SHA-256; the issuing
	 * is filed for staff ({@link ApiKeyIssued}).
	 */
	@Transactional
	public String register(String name, String contact, int requestsPerMinute, String staffId) {
		if (requestsPerMinute < 1) {
			throw new IllegalArgumentException("a client's rate is at least one request a minute, was " + requestsPerMinute);
		}
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = UuidCreator.getTimeOrderedEpoch();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO feedback_api_client (id, name, contact, key_hash, requests_per_minute, active, created_at, issued_by)
				VALUES (:id, :name, :contact, :hash, :rate, true, :at, :by)
				""").param("id", id).param("name", name).param("contact", contact).param("hash", hash(key)).param("rate", requestsPerMinute)
				.param("at", Timestamp.from(now)).param("by", staffId).update();
		events.publishEvent(new ApiKeyIssued(UuidCreator.getTimeOrderedEpoch(), id, name, contact, requestsPerMinute, staffId, now));
		return key;
	}

	/**
	 * Revokes a client's key at once on this node, and within a minute on the others; filed for staff
	 * ({@link ApiKeyRevoked}). Revoking a revoked key changes nothing.
	 * @throws IllegalArgumentException when there is no such client
	 */
	@Transactional
	public void revoke(UUID id, String staffId) {
		Client client = find(id).orElseThrow(() -> new IllegalArgumentException("no Open311 client " + id));
		if (!client.active()) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE feedback_api_client SET active = false, revoked_at = :at, revoked_by = :by WHERE id = :id")
				.param("at", Timestamp.from(now)).param("by", staffId).param("id", id).update();
		byHash.clear();
		events.publishEvent(new ApiKeyRevoked(UuidCreator.getTimeOrderedEpoch(), id, client.name(), staffId, now));
	}

	/** Every client, active or revoked, newest first. */
	public List<Client> all() {
		return jdbc.sql("SELECT * FROM feedback_api_client ORDER BY created_at DESC, id DESC").query(ApiClients::client).list();
	}

	public Optional<Client> find(UUID id) {
		return jdbc.sql("SELECT * FROM feedback_api_client WHERE id = :id").param("id", id).query(ApiClients::client).optional();
	}

	private static Client client(ResultSet rs, int row) throws SQLException {
		Timestamp revokedAt = rs.getTimestamp("revoked_at");
		return new Client(rs.getObject("id", UUID.class), rs.getString("name"), Optional.ofNullable(rs.getString("contact")).orElse(""),
				rs.getInt("requests_per_minute"), rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(),
				Optional.ofNullable(rs.getString("issued_by")), Optional.ofNullable(revokedAt).map(Timestamp::toInstant),
				Optional.ofNullable(rs.getString("revoked_by")));
	}

	/** The active client holding the key. */
	public Optional<Client> byKey(String key) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		String hash = hash(key);
		long now = clock.millis();
		Known known = byHash.get(hash);
		if (known != null && now - known.at() < KNOWN_FOR) {
			return Optional.of(known.client());
		}
		// Only keys found are remembered (as many as the city has clients), so random keys cannot fill memory.
		Optional<Client> found = jdbc.sql("SELECT * FROM feedback_api_client WHERE key_hash = :h AND active").param("h", hash)
				.query(ApiClients::client).optional();
		found.ifPresentOrElse(client -> byHash.put(hash, new Known(client, now)), () -> byHash.remove(hash));
		return found;
	}

	/** Takes one request from the client's bucket: false when the client has used its rate. */
	public boolean tryRequest(Client client) {
		return buckets.computeIfAbsent(client.id(), k -> AddressBuckets.bucket(client.requestsPerMinute())).tryConsume(1);
	}

	/** Takes one request from the bucket of an address without a key (see {@link AddressBuckets}). */
	public boolean tryAnonymousRequest(String address) {
		return addresses.tryRequest(address);
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
