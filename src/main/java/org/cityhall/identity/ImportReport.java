package org.cityhall.identity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import of register extracts did: for each file its rows and what they changed, and how
 * many events it published.
 *
 * @param importedAt when the import ran, also the {@code occurredAt} of its events
 * @param importedBy who imported it
 * @param files one entry per file imported, in the order of {@link RegisterImports#FILES}
 * @param published the events published
 */
public record ImportReport(Instant importedAt, String importedBy, List<FileImported> files, Published published) {

	public ImportReport {
		Objects.requireNonNull(importedAt, "importedAt");
		Objects.requireNonNull(importedBy, "importedBy");
		files = List.copyOf(files);
		Objects.requireNonNull(published, "published");
	}

	/** The entry for a file, if the extract held it. */
	public Optional<FileImported> file(String name) {
		return files.stream().filter(file -> file.fileName().equals(name)).findFirst();
	}

	/** Rows added, changed and removed in all files together. */
	public int changes() {
		return files.stream().mapToInt(FileImported::changes).sum();
	}

	/**
	 * One file of the extract.
	 *
	 * @param register {@code population}, {@code vehicles} or {@code companies}
	 * @param rows the lines below the header
	 * @param added rows the city's copy did not have
	 * @param changed rows it had with other values
	 * @param removed rows it had that the extract no longer holds
	 * @param firstLoad whether the register was empty before, so that nothing was published for it
	 */
	public record FileImported(String register, String fileName, int rows, int added, int changed, int removed,
			boolean firstLoad) {

		public int changes() {
			return added + changed + removed;
		}
	}

	/** How many of each event the import published. */
	public record Published(int personsMoved, int protectedIdentitiesChanged, int guardianshipsGranted,
			int guardianshipsEnded, int vehiclesChanged) {

		public int total() {
			return personsMoved + protectedIdentitiesChanged + guardianshipsGranted + guardianshipsEnded + vehiclesChanged;
		}
	}
}
