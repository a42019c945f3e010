package org.cityhall.archive.signing;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key the archive signs its checkpoints with. Configured as {@code
 * cityhall.archive.signing-key} (the private key, PKCS#8, base64) and {@code
 * cityhall.archive.public-key} (its public key, X.509 SubjectPublicKeyInfo, base64; the JDK cannot
 * derive it from the private key). Without them the production profile refuses to start; any other
 * installation (the demo city, a developer's machine) generates a pair once and keeps it in
 * {@code cityhall.archive.signing-key-file}, so its checkpoints stay verifiable across restarts.
 */
@Component
public class SigningKey {

	static final String PRODUCTION_PROFILE = "prod";
	private static final String ALGORITHM = "Ed25519";
	private static final Logger LOG = LoggerFactory.getLogger(SigningKey.class);
	private static final byte[] CHECK = "cityhall-archive-key-check".getBytes(StandardCharsets.US_ASCII);

	private final PrivateKey privateKey;
	private final PublicKey publicKey;
	private final String keyId;

	SigningKey(@Value("${cityhall.archive.signing-key:}") String signingKey,
			@Value("${cityhall.archive.public-key:}") String publicKey,
			@Value("${cityhall.archive.signing-key-file:data/archive-signing-key.properties}") Path keyFile,
			Environment environment) {
		KeyPair pair;
		if (!signingKey.isBlank() || !publicKey.isBlank()) {
			if (signingKey.isBlank() || publicKey.isBlank()) {
				throw new IllegalStateException("Give the archive's signing key as both cityhall.archive.signing-key "
						+ "(PKCS#8, base64) and cityhall.archive.public-key (X.509, base64); one of them is missing");
			}
			pair = new KeyPair(publicKey(publicKey.strip()), privateKey(signingKey.strip()));
		}
		else if (environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
			throw new IllegalStateException("The archive signs its checkpoints with a key of the city's own: set "
					+ "cityhall.archive.signing-key (Ed25519, PKCS#8, base64) and cityhall.archive.public-key (X.509, "
					+ "base64) before starting with the production profile (see docs/archive.md)");
		}
		else {
			pair = keptIn(keyFile);
		}
		if (!matches(pair)) {
			throw new IllegalStateException("cityhall.archive.public-key is not the public key of cityhall.archive.signing-key");
		}
		this.privateKey = pair.getPrivate();
		this.publicKey = pair.getPublic();
		this.keyId = keyIdOf(pair.getPublic().getEncoded());
	}

	/** The public key, X.509 SubjectPublicKeyInfo, DER. */
	public byte[] publicKeyEncoded() {
		return publicKey.getEncoded();
	}

	/** The public key's 32 raw bytes, as a JWK's {@code x} holds them. */
	public byte[] publicKeyRaw() {
		byte[] encoded = publicKey.getEncoded();
		return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
	}

	/** The first 16 hex digits of the SHA-256 of the public key's encoding. */
	public String keyId() {
		return keyId;
	}

	/** The public key as PEM. */
	public String publicKeyPem() {
		String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKeyEncoded());
		return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
	}

	byte[] sign(byte[] message) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(privateKey);
			signature.update(message);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("could not sign with the archive's key", ex);
		}
	}

	/** Whether the signature is the message's by the public key given (X.509, DER). */
	public static boolean verifies(byte[] publicKeyEncoded, byte[] message, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance(ALGORITHM);
			verifier.initVerify(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKeyEncoded)));
			verifier.update(message);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	/** The key id of a public key (X.509, DER). */
	public static String keyIdOf(byte[] publicKeyEncoded) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKeyEncoded)).substring(0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static boolean matches(KeyPair pair) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(pair.getPrivate());
			signature.update(CHECK);
			return verifies(pair.getPublic().getEncoded(), CHECK, signature.sign());
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static KeyPair keptIn(Path file) {
		try {
			if (Files.exists(file)) {
				Properties kept = new Properties();
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
					kept.load(in);
				}
				return new KeyPair(publicKey(kept.getProperty("public-key", "")), privateKey(kept.getProperty("signing-key", "")));
			}
			KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
			Properties kept = new Properties();
			kept.setProperty("signing-key", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
			kept.setProperty("public-key", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
				kept.store(out, "The archive's checkpoint signing key, generated because none was configured. Not for production.");
			}
			LOG.warn("No archive signing key configured: generated one and kept it in {} (not for production)", file);
			return pair;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not read or keep the archive's generated signing key in " + file, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("this Java runtime cannot make Ed25519 keys", ex);
		}
	}

	private static PrivateKey privateKey(String base64) {
		try {
			return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("cityhall.archive.signing-key is not an Ed25519 private key in PKCS#8, base64", ex);
		}
	}

	private static PublicKey publicKey(String base64) {
		try {
			return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("cityhall.archive.public-key is not an Ed25519 public key in X.509, base64", ex);
		}
	}
}
