package org.cityhall.billing.bankgirot;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file from Bankgirot, by which each file is read once. */
public final class FileDigest {

	private FileDigest() {
	}

	/** The file's SHA-256, 64 hex digits. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
