package org.cityhall.billing.peppol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.cityhall.billing.AccessPoint;

/**
 * The default access point: each document written to a folder as {@code <number>.xml}, whole or not at all
 * (written beside it, then moved), with the receiver's participant id in {@code <number>.receiver} written
 * first, for the access-point provider's client to pick up.
 */
public class FolderAccessPoint implements AccessPoint {

	private final Path folder;

	public FolderAccessPoint(Path folder) {
		this.folder = folder;
	}

	@Override
	public void send(long invoiceNumber, String receiver, byte[] document) {
		try {
			Files.createDirectories(folder);
			write(folder.resolve(invoiceNumber + ".receiver"), receiver.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			write(folder.resolve(invoiceNumber + ".xml"), document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write invoice " + invoiceNumber + " to " + folder, ex);
		}
	}

	private static void write(Path target, byte[] bytes) throws IOException {
		Path part = target.resolveSibling(target.getFileName() + ".part");
		Files.write(part, bytes);
		Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	public Path folder() {
		return folder;
	}
}
