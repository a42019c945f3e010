package org.cityhall.identity.login;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cityhall.shared.OneTimeCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-time codes visitors sign in with: six random digits, valid for a while
 * ({@code cityhall.identity.visitor-code-ttl}, 10 minutes by default), good for one sign-in and
 * burnt after {@value #MAX_ATTEMPTS} wrong tries.
 * <p>
 * A code is stored only as its HMAC-SHA-256 under a server key, {@code cityhall.identity.visitor-code-key}
 * (a secret of at least 32 characters), bound to the code's id. Without a configured key a random
 * one is made at start: codes then work only on the node that sent them and not across a restart,
 * so every node behind a load balancer needs the same configured key.
 */
@Component
class VisitorCodes {

	static final int MAX_ATTEMPTS = 5;
	private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
	private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
	private static final Logger log = LoggerFactory.getLogger(VisitorCodes.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Duration validity;
	private final OneTimeCodes codes;
	private final SecureRandom random = new SecureRandom();

	VisitorCodes(JdbcClient jdbc, PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock,
			@Value("${cityhall.identity.visitor-code-key:}") String key,
			@Value("${cityhall.identity.visitor-code-ttl:10m}") Duration validity) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalStateException("cityhall.identity.visitor-code-ttl must be positive; was " + validity);
		}
		this.validity = validity;
		this.codes = new OneTimeCodes(key, "cityhall.identity.visitor-code-key");
		if (codes.keyIsGenerated()) {
			log.warn("cityhall.identity.visitor-code-key is not set: visitors' codes work only on this node until it restarts");
		}
	}

	/** How long a code is valid after it was sent. */
	Duration validity() {
		return validity;
	}

	/**
	 * A typed code as six ASCII digits, without surrounding white space; empty if it is not one.
	 * Digits of other scripts are not codes.
	 */
	static Optional<String> wellFormed(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.strip();
		return SIX_DIGITS.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

	/** Makes a new code for the address and keeps its hash; the code itself is only returned. */
	Issued issue(VisitorEmailAddress email) {
		UUID id = timeOrderedId();
		String code = codes.newCode();
		Instant now = clock.instant();
		Instant expires = now.plus(validity);
		transactions.executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM identity_visitor_code WHERE expires_at < :cutoff")
					.param("cutoff", utc(now.minus(KEPT_AFTER_EXPIRY)))
					.update();
			jdbc.sql("""
					INSERT INTO identity_visitor_code (id, email, code_hash, created_at, expires_at, attempts)
					VALUES (:id, :email, :hash, :created, :expires, 0)""")
					.param("id", id)
					.param("email", email.value())
					.param("hash", codes.hash(code, id.toString()))
					.param("created", utc(now))
					.param("expires", utc(expires))
					.update();
		});
		return new Issued(id, code, expires);
	}

	/**
	 * Checks a well-formed code against the one sent with the id to the address. Each check uses
	 * one of the code's attempts before the comparison, in the transaction that marks the code
	 * used, so parallel checks can neither sign in twice nor try more than {@value #MAX_ATTEMPTS}
	 * codes between them.
	 */
	Check check(UUID id, VisitorEmailAddress email, String code) {
		Objects.requireNonNull(code, "code");
		Instant now = clock.instant();
		return transactions.execute(status -> {
			Optional<Attempt> attempt = jdbc.sql("""
					UPDATE identity_visitor_code SET attempts = attempts + 1
					WHERE id = :id AND email = :email AND used_at IS NULL AND attempts < :max AND expires_at > :now
					RETURNING code_hash, attempts""")
					.param("id", id)
					.param("email", email.value())
					.param("max", MAX_ATTEMPTS)
					.param("now", utc(now))
					.query((row, n) -> new Attempt(row.getBytes("code_hash"), row.getInt("attempts")))
					.optional();
			if (attempt.isEmpty()) {
				return whyRefused(id, email);
			}
			if (!codes.matches(attempt.get().hash(), code, id.toString())) {
				int left = MAX_ATTEMPTS - attempt.get().attempts();
				return left > 0 ? Check.wrong(left) : Check.of(Outcome.BURNT);
			}
			// The right code does not count as a wrong attempt.
			int marked = jdbc.sql("""
					UPDATE identity_visitor_code SET used_at = :now, attempts = attempts - 1
					WHERE id = :id AND used_at IS NULL""")
					.param("id", id)
					.param("now", utc(now))
					.update();
			return Check.of(marked == 1 ? Outcome.SIGNED_IN : Outcome.USED);
		});
	}

	private Check whyRefused(UUID id, VisitorEmailAddress email) {
		return jdbc.sql("SELECT used_at IS NOT NULL AS used, attempts FROM identity_visitor_code WHERE id = :id AND email = :email")
				.param("id", id)
				.param("email", email.value())
				.query((row, n) -> {
					if (row.getBoolean("used")) {
						return Check.of(Outcome.USED);
					}
					return Check.of(row.getInt("attempts") >= MAX_ATTEMPTS ? Outcome.BURNT : Outcome.EXPIRED);
				})
				.optional()
				.orElse(Check.of(Outcome.USED));
	}

	/** UUID version 7: the time in milliseconds first, then random bits. */
	private UUID timeOrderedId() {
		long millis = clock.millis();
		long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Attempt(byte[] hash, int attempts) {
	}

	/** A code made for an address, to be sent to it. */
	record Issued(UUID id, String code, Instant expiresAt) {
	}

	/** What checking a code came to. */
	enum Outcome {
		/** The code was right: the visitor may be signed in. */
		SIGNED_IN,
		/** The code was wrong; it may be tried again. */
		WRONG,
		/** Too many wrong codes were tried: it can no longer be used. */
		BURNT,
		/** The code's time ran out. */
		EXPIRED,
		/** The code was already used, or is unknown. */
		USED
	}

	/**
	 * @param attemptsLeft how many more codes may be tried; only for {@link Outcome#WRONG}
	 */
	record Check(Outcome outcome, int attemptsLeft) {

		static Check of(Outcome outcome) {
			return new Check(outcome, 0);
		}

		static Check wrong(int attemptsLeft) {
			return new Check(Outcome.WRONG, attemptsLeft);
		}
	}
}
