package org.cityhall.cases.api.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every webhook: {@code CityHall-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>} over
 * the text {@code <t>.<body>} with the subscription's secret. The time in it lets a receiver refuse an old
 * request replayed; the HMAC proves the body came from CityHall unchanged. docs/operations-api.md shows a
 * receiver's check; {@link #verify} is the same check.
 */
public final class WebhookSignature {

	/** The header carrying the signature. */
	public static final String HEADER = "CityHall-Signature";
	/** The header carrying the event's id, the same on every retry. */
	public static final String EVENT_ID_HEADER = "CityHall-Event-Id";

	private static final HexFormat HEX = HexFormat.of();

	private WebhookSignature() {
	}

	/** The header's value for the body, signed at the time. */
	public static String sign(String secret, Instant at, String body) {
		long t = at.getEpochSecond();
		return "t=" + t + ",v1=" + HEX.formatHex(hmac(secret, t + "." + body));
	}

	/**
	 * Whether the header is a valid signature of the body with the secret, made within the tolerance of now.
	 */
	public static boolean verify(String secret, String header, String body, Duration tolerance, Instant now) {
		if (header == null) {
			return false;
		}
		Long t = null;
		String v1 = null;
		for (String part : header.split(",")) {
			String[] pair = part.trim().split("=", 2);
			if (pair.length == 2 && pair[0].equals("t")) {
				try {
					t = Long.parseLong(pair[1]);
				}
				catch (NumberFormatException ex) {
					return false;
				}
			}
			else if (pair.length == 2 && pair[0].equals("v1")) {
				v1 = pair[1];
			}
		}
		if (t == null || v1 == null || Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
			return false;
		}
		byte[] expected = hmac(secret, t + "." + body);
		byte[] given;
		try {
			given = HEX.parseHex(v1);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(expected, given);
	}

	private static byte[] hmac(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every Java has HMAC-SHA256", ex);
		}
	}
}
