package org.cityhall.billing.einvoice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.cityhall.billing.EInvoiceChannel;

/**
 * The default e-faktura channel: each file written to a folder under its name, whole or not at all (written
 * beside it, then moved), for the city's file transfer to Bankgirot to pick up.
 */
public class FolderEInvoiceChannel implements EInvoiceChannel {

	private final Path folder;

	public FolderEInvoiceChannel(Path folder) {
		this.folder = folder;
	}

	@Override
	public void deliver(String name, byte[] file) {
		if (!name.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("a file name of letters, digits, dots and dashes, not '" + name + "'");
		}
		try {
			Files.createDirectories(folder);
			Path target = folder.resolve(name);
			Path part = target.resolveSibling(name + ".part");
			Files.write(part, file);
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the e-faktura file " + name + " to " + folder, ex);
		}
	}

	public Path folder() {
		return folder;
	}
}
