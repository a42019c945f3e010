package org.cityhall.notifications.contact;

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
 * The codes that prove a person holds the e-mail address or mobile number they gave: six random
 * digits, valid for {@code cityhall.notifications.code-ttl} (15 minutes by default), burnt after
 * {@value #MAX_ATTEMPTS} wrong tries, at most {@value #MAX_CODES_A_DAY} a day per person and channel.
 * <p>
 * A code is stored only as its HMAC-SHA-256 under {@code cityhall.notifications.code-key} (a secret
 * of at least 32 characters), bound to the owner, the channel, the address and a random nonce.
 * Without a configured key a random one is made at start: codes then work only on the node that
 * sent them and not across a restart.
 */
@Component
class VerificationCodes {

	static final int MAX_ATTEMPTS = 5;
	static final int MAX_CODES_A_DAY = 10;
	private static final Duration WINDOW = Duration.ofDays(1);
	private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
	private static final Logger log = LoggerFactory.getLogger(VerificationCodes.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Duration validity;
	private final OneTimeCodes codes;

	VerificationCodes(JdbcClient jdbc, PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock,
			@Value("${cityhall.notifications.code-key:}") String key,
			@Value("${cityhall.notifications.code-ttl:15m}") Duration validity) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalStateException("cityhall.notifications.code-ttl must be positive; was " + validity);
		}
		this.validity = validity;
		this.codes = new OneTimeCodes(key, "cityhall.notifications.code-key");
		if (codes.keyIsGenerated()) {
			log.warn("cityhall.notifications.code-key is not set: codes for contact details work only on this node until it restarts");
		}
	}

	Duration validity() {
		return validity;
	}

	/** A typed code as six ASCII digits, spaces anywhere ignored; empty if it is not one. */
	static Optional<String> wellFormed(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.replace(" ", "").strip();
		return SIX_DIGITS.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

	/**
	 * Makes a new code for the address, which waits beside any verified one until the code is typed
	 * in, and keeps the code's hash; the code itself is only returned. Empty when the owner had
	 * {@value #MAX_CODES_A_DAY} codes for the channel within a day.
	 */
	Optional<String> issue(String owner, Channel channel, String address) {
		UUID nonce = UUID.randomUUID();
		String code = codes.newCode();
		Instant now = clock.instant();
		return transactions.execute(status -> {
			jdbc.sql("INSERT INTO notifications_contact (owner, channel) VALUES (:owner, :channel) ON CONFLICT DO NOTHING")
					.param("owner", owner)
					.param("channel", channel.name())
					.update();
			int issued = jdbc.sql("""
					UPDATE notifications_contact SET pending_address = :address, code_nonce = :nonce, code_hash = :hash,
					code_sent_at = :now, code_expires_at = :expires, code_attempts = 0,
					codes_sent = CASE WHEN codes_since IS NULL OR codes_since <= :windowStart THEN 1 ELSE codes_sent + 1 END,
					codes_since = CASE WHEN codes_since IS NULL OR codes_since <= :windowStart THEN :now ELSE codes_since END
					WHERE owner = :owner AND channel = :channel
					AND (codes_since IS NULL OR codes_since <= :windowStart OR codes_sent < :max)""")
					.param("owner", owner)
					.param("channel", channel.name())
					.param("address", address)
					.param("nonce", nonce)
					.param("hash", codes.hash(code, nonce.toString(), owner, channel.name(), address))
					.param("now", utc(now))
					.param("expires", utc(now.plus(validity)))
					.param("windowStart", utc(now.minus(WINDOW)))
					.param("max", MAX_CODES_A_DAY)
					.update();
			return issued == 1 ? Optional.of(code) : Optional.<String>empty();
		});
	}

	/**
	 * Checks a well-formed code against the one sent for the channel and, when it is right, makes
	 * the waiting address the verified one. Each check uses one of the code's attempts before the
	 * comparison, in the transaction that verifies the address, so parallel checks cannot try more
	 * than {@value #MAX_ATTEMPTS} codes between them.
	 */
	Check check(String owner, Channel channel, String code) {
		Objects.requireNonNull(code, "code");
		Instant now = clock.instant();
		return transactions.execute(status -> {
			Optional<Attempt> attempt = jdbc.sql("""
					UPDATE notifications_contact SET code_attempts = code_attempts + 1
					WHERE owner = :owner AND channel = :channel AND code_hash IS NOT NULL
					AND code_attempts < :max AND code_expires_at > :now
					RETURNING code_nonce, code_hash, pending_address, code_attempts""")
					.param("owner", owner)
					.param("channel", channel.name())
					.param("max", MAX_ATTEMPTS)
					.param("now", utc(now))
					.query((row, n) -> new Attempt(row.getObject("code_nonce", UUID.class), row.getBytes("code_hash"),
							row.getString("pending_address"), row.getInt("code_attempts")))
					.optional();
			if (attempt.isEmpty()) {
				return whyRefused(owner, channel);
			}
			Attempt tried = attempt.get();
			if (!codes.matches(tried.hash(), code, tried.nonce().toString(), owner, channel.name(), tried.address())) {
				int left = MAX_ATTEMPTS - tried.attempts();
				return left > 0 ? new Check(Outcome.WRONG, left) : new Check(Outcome.BURNT, 0);
			}
			jdbc.sql("""
					UPDATE notifications_contact SET address = pending_address, verified_at = :now, pending_address = NULL,
					code_nonce = NULL, code_hash = NULL, code_sent_at = NULL, code_expires_at = NULL, code_attempts = 0
					WHERE owner = :owner AND channel = :channel""")
					.param("owner", owner)
					.param("channel", channel.name())
					.param("now", utc(now))
					.update();
			return new Check(Outcome.VERIFIED, 0);
		});
	}

	private Check whyRefused(String owner, Channel channel) {
		return jdbc.sql("SELECT code_hash IS NOT NULL AS pending, code_attempts FROM notifications_contact WHERE owner = :owner AND channel = :channel")
				.param("owner", owner)
				.param("channel", channel.name())
				.query((row, n) -> {
					if (!row.getBoolean("pending")) {
						return new Check(Outcome.NOTHING_PENDING, 0);
					}
					return new Check(row.getInt("code_attempts") >= MAX_ATTEMPTS ? Outcome.BURNT : Outcome.EXPIRED, 0);
				})
				.optional()
				.orElse(new Check(Outcome.NOTHING_PENDING, 0));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Attempt(UUID nonce, byte[] hash, String address, int attempts) {
	}

	/** What checking a code came to. */
	enum Outcome {
		/** The code was right: the address is verified. */
		VERIFIED,
		/** The code was wrong; it may be tried again. */
		WRONG,
		/** Too many wrong codes were tried: a new code is needed. */
		BURNT,
		/** The code's time ran out: a new code is needed. */
		EXPIRED,
		/** No code is waiting: none was sent, or it was used. */
		NOTHING_PENDING
	}

	/** @param attemptsLeft how many more codes may be tried; only for {@link Outcome#WRONG} */
	record Check(Outcome outcome, int attemptsLeft) {
	}
}
