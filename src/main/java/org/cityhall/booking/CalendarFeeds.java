package org.cityhall.booking;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.cityhall.cases.Submissions;
import org.cityhall.shared.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar feed: an address with a secret token that a calendar application
 * subscribes to without signing in. The token is kept only as its SHA-256, and making a new one ends
 * the old, so a person who shared it by mistake can take it back.
 */
@Service
public class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new token for the person's feed; any earlier token stops working. */
	@Transactional
	public String renew(Party person) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				INSERT INTO booking_feed (token_hash, person_kind, person_id, created_at) VALUES (:hash, :kind, :id, :now)
				ON CONFLICT (person_kind, person_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at
				""").param("hash", hash(token)).param("kind", person.kind()).param("id", person.id())
				.param("now", Resources.utc(clock.instant())).update();
		return token;
	}

	/** Whose feed the token opens, if it is the person's current one. */
	public Optional<Party> owner(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT person_kind, person_id FROM booking_feed WHERE token_hash = :hash").param("hash", hash(token))
				.query((row, n) -> Party.of(row.getString("person_kind"), row.getString("person_id"), null)).optional();
	}

	private static String hash(String token) {
		// Kept as cases keeps its private links' tokens, so the database alone opens nothing.
		return Submissions.hash(token);
	}
}
