package org.cityhall.permits.warden;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the wardens' API, all derived from the city's one secret
 * ({@code cityhall.permits.warden.secret}), so every node has them and none is stored: each device's
 * HMAC key is HMAC-SHA256(secret, "warden-device:" + id), and the offline list is signed with an
 * Ed25519 key whose seed is HMAC-SHA256(secret, "warden-offline-list"). A device checks the list with
 * the public key alone, so a device that is lost cannot forge one.
 */
public final class WardenKeys {

	private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
		try {
			return Mac.getInstance("HmacSHA256");
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	});

	private final byte[] secret;
	private final PrivateKey signingKey;
	private final String publicKey;
	private final boolean configured;

	public WardenKeys(String secret) {
		this(secret, true);
	}

	/**
	 * Keys for a city that has set no secret: made from a random one, so nothing can be signed for them,
	 * and {@link #configured()} false, so the API refuses every device.
	 */
	public static WardenKeys unconfigured() {
		byte[] random = new byte[32];
		new java.security.SecureRandom().nextBytes(random);
		return new WardenKeys(java.util.HexFormat.of().formatHex(random), false);
	}

	private WardenKeys(String secret, boolean configured) {
		this.configured = configured;
		if (secret == null || secret.length() < 32) {
			throw new IllegalArgumentException("cityhall.permits.warden.secret must be at least 32 characters");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		byte[] seed = hmac(this.secret, "warden-offline-list".getBytes(StandardCharsets.UTF_8));
		try {
			this.signingKey = KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
			this.publicKey = Base64.getEncoder().encodeToString(publicKeyOf(seed));
		}
		catch (GeneralSecurityException failed) {
			throw new IllegalStateException("cannot make the offline list's signing key", failed);
		}
	}

	/** Whether the city set its secret; without it the wardens' API refuses every device. */
	public boolean configured() {
		return configured;
	}

	/** A device's HMAC key: given to the device once, when it is registered. */
	public byte[] deviceKey(String deviceId) {
		return hmac(secret, ("warden-device:" + deviceId).getBytes(StandardCharsets.UTF_8));
	}

	/** Whether a request's signature is the device's HMAC of the text, compared in constant time. */
	public boolean verify(byte[] deviceKey, String signed, String signatureBase64) {
		byte[] expected = hmac(deviceKey, signed.getBytes(StandardCharsets.UTF_8));
		byte[] given;
		try {
			given = Base64.getDecoder().decode(signatureBase64);
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
		return MessageDigest.isEqual(expected, given);
	}

	/** The HMAC a device sends: base64 of HMAC-SHA256(key, text). */
	public static String sign(byte[] deviceKey, String text) {
		return Base64.getEncoder().encodeToString(hmac(deviceKey, text.getBytes(StandardCharsets.UTF_8)));
	}

	/** The Ed25519 signature of the offline list's bytes, base64. */
	public String signList(byte[] body) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(signingKey);
			signature.update(body);
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException failed) {
			throw new IllegalStateException("cannot sign the offline list", failed);
		}
	}

	/** The public key that checks the offline list: the raw 32-byte Ed25519 key, base64. */
	public String publicKey() {
		return publicKey;
	}

	private static byte[] hmac(byte[] key, byte[] text) {
		Mac mac = MAC.get();
		try {
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
		return mac.doFinal(text);
	}

	/**
	 * The raw public key of an Ed25519 seed. The JDK makes it only through a key pair generator fed with
	 * the seed as its randomness, which gives the same pair for the same seed.
	 */
	private static byte[] publicKeyOf(byte[] seed) throws GeneralSecurityException {
		java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("Ed25519");
		generator.initialize(NamedParameterSpec.ED25519, new java.security.SecureRandom() {
			@Override
			public void nextBytes(byte[] bytes) {
				System.arraycopy(seed, 0, bytes, 0, bytes.length);
			}
		});
		java.security.interfaces.EdECPublicKey key = (java.security.interfaces.EdECPublicKey) generator.generateKeyPair().getPublic();
		byte[] encoded = key.getEncoded();
		// X.509 SubjectPublicKeyInfo of Ed25519: a 12-byte header, then the 32-byte key.
		return java.util.Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
	}
}
