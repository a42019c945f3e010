package org.cityhall.archive.signing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs the chain's head at intervals ({@code cityhall.archive.checkpoint-every}, default 15
 * minutes; on one node at a time, by ShedLock) and keeps the signature in {@code
 * archive_checkpoint}. Whoever holds the published public key can then check that the chain still
 * passes through the signed hash: rewriting the archive from some record on would need the city's
 * private key too.
 */
@Service
public class Checkpoints {

	private final JdbcClient jdbc;
	private final SigningKey key;
	private final Clock clock;

	Checkpoints(JdbcClient jdbc, SigningKey key, Clock clock) {
		this.jdbc = jdbc;
		this.key = key;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${cityhall.archive.checkpoint-every:15m}", initialDelayString = "${cityhall.archive.checkpoint-every:15m}")
	@SchedulerLock(name = "archive-checkpoint", lockAtMostFor = "5m")
	void scheduled() {
		sign();
	}

	/**
	 * Signs the head of the chain, unless it is empty or signed already.
	 * @return the new checkpoint, if one was made
	 */
	@Transactional
	public Optional<Checkpoint> sign() {
		record Head(long sequence, String hash) {
		}
		Head head = jdbc.sql("SELECT sequence, hash FROM archive_chain WHERE singleton")
				.query((row, number) -> new Head(row.getLong("sequence"), row.getString("hash"))).single();
		boolean signed = jdbc.sql("SELECT count(*) FROM archive_checkpoint WHERE sequence = :sequence AND key_id = :keyId")
				.param("sequence", head.sequence()).param("keyId", key.keyId()).query(Long.class).single() > 0;
		if (head.sequence() == 0 || signed) {
			return Optional.empty();
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		byte[] signature = key.sign(message(head.sequence(), head.hash(), now));
		Checkpoint checkpoint = new Checkpoint(UuidCreator.getTimeOrderedEpoch(), head.sequence(), head.hash(), now,
				key.keyId(), key.publicKeyEncoded(), signature);
		jdbc.sql("INSERT INTO archive_checkpoint (id, sequence, hash, signed_at, key_id, public_key, signature) "
				+ "VALUES (:id, :sequence, :hash, :signedAt, :keyId, :publicKey, :signature)")
				.param("id", checkpoint.id())
				.param("sequence", checkpoint.sequence())
				.param("hash", checkpoint.hash())
				.param("signedAt", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("keyId", checkpoint.keyId())
				.param("publicKey", Base64.getEncoder().encodeToString(checkpoint.publicKey()))
				.param("signature", Base64.getEncoder().encodeToString(checkpoint.signature()))
				.update();
		return Optional.of(checkpoint);
	}

	/** Every checkpoint, in sequence order. */
	@Transactional(readOnly = true)
	public List<Checkpoint> all() {
		return jdbc.sql("SELECT id, sequence, hash, signed_at, key_id, public_key, signature FROM archive_checkpoint "
				+ "ORDER BY sequence, signed_at")
				.query((row, number) -> new Checkpoint(row.getObject("id", UUID.class), row.getLong("sequence"),
						row.getString("hash"), row.getObject("signed_at", OffsetDateTime.class).toInstant(),
						row.getString("key_id"), Base64.getDecoder().decode(row.getString("public_key")),
						Base64.getDecoder().decode(row.getString("signature"))))
				.list();
	}

	/** The bytes a checkpoint signs: {@code cityhall-archive-checkpoint:<sequence>:<hash>:<signedAt, ISO-8601 UTC>}. */
	public static byte[] message(long sequence, String hash, Instant signedAt) {
		return ("cityhall-archive-checkpoint:" + sequence + ":" + hash + ":" + DateTimeFormatter.ISO_INSTANT.format(signedAt))
				.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A signed head of the chain.
	 *
	 * @param publicKey the signer's public key, X.509, DER
	 */
	public record Checkpoint(UUID id, long sequence, String hash, Instant signedAt, String keyId, byte[] publicKey,
			byte[] signature) {

		/** Whether the signature verifies with the checkpoint's own key. */
		public boolean signatureVerifies() {
			return SigningKey.verifies(publicKey, message(sequence, hash, signedAt), signature);
		}
	}
}
