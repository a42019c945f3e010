package org.cityhall.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Six-digit one-time codes and the server's secret they are kept under: a code is stored only as its
 * HMAC-SHA-256, bound to what it proves (a sign-in, an address), and checked in constant time. The
 * secret is configured (at least {@value #MIN_KEY_LENGTH} characters) so that every node accepts the
 * codes any node sent; without one a random key is made, and codes work only on this node until it
 * restarts ({@link #keyIsGenerated()} tells, for a warning).
 */
public final class OneTimeCodes {

	/** The fewest characters a configured secret has. */
	public static final int MIN_KEY_LENGTH = 32;
	private static final String HMAC = "HmacSHA256";

	private final SecureRandom random = new SecureRandom();
	private final SecretKeySpec key;
	private final boolean generated;

	/**
	 * @param configured the configured secret, or blank for a random one
	 * @param property the property it is configured by, named when it is too short
	 * @throws IllegalStateException when a configured secret is too short
	 */
	public OneTimeCodes(String configured, String property) {
		byte[] bytes;
		if (configured == null || configured.isBlank()) {
			bytes = new byte[MIN_KEY_LENGTH];
			random.nextBytes(bytes);
			generated = true;
		}
		else {
			bytes = configured.getBytes(StandardCharsets.UTF_8);
			if (bytes.length < MIN_KEY_LENGTH) {
				throw new IllegalStateException(property + " must be a secret of at least " + MIN_KEY_LENGTH
						+ " characters; it has " + bytes.length);
			}
			generated = false;
		}
		key = new SecretKeySpec(bytes, HMAC);
	}

	/** Whether the key was made at start because none was configured. */
	public boolean keyIsGenerated() {
		return generated;
	}

	/** A new code: six random digits. */
	public String newCode() {
		return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
	}

	/** What a code is kept as: the HMAC of what it is bound to and the code. */
	public byte[] hash(String code, String... boundTo) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(key);
			for (String part : boundTo) {
				mac.update(part.getBytes(StandardCharsets.UTF_8));
				mac.update((byte) 0);
			}
			return mac.doFinal(code.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	/** Whether a typed code, bound to the same things, is the one kept as {@code kept}; in constant time. */
	public boolean matches(byte[] kept, String code, String... boundTo) {
		return MessageDigest.isEqual(hash(code, boundTo), kept);
	}
}
