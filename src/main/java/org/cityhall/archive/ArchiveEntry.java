package org.cityhall.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cityhall.documents.DocumentId;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/**
 * How an {@link Archivable} event is filed.
 *
 * @param key the record's own key, the same every time the same event is delivered: derived from the
 *        event's id ({@code "case-submitted:" + eventId}), never random; it makes filing idempotent.
 *        At most 200 characters.
 * @param recordType what kind of record it is, {@code <module>.<what>} in lower case
 *        ({@code cases.submitted}, {@code identity.consent-granted})
 * @param occurredAt when the transaction happened
 * @param subject whom the record is about, when it is about someone
 * @param matter the matter it belongs to: a case number, a queue entry, a permit, a consent
 * @param title what it is, in both languages, for lists and search results
 * @param department the department responsible, by its id in the catalogue; empty for the city's own
 *        records (consents, register changes)
 * @param retention how long it is kept
 * @param audience who may see it outside the archive, and whether search indexes it
 * @param closesMatter whether this record closes its matter (a decision, a closed or withdrawn case,
 *        a revoked consent): retention periods run from the last such record of the matter
 * @param documents the documents filed with it, already in the {@code DocumentStore}
 */
public record ArchiveEntry(String key, String recordType, Instant occurredAt, Optional<Party> subject,
		Optional<String> matter, LocalizedText title, Optional<String> department, RetentionClass retention,
		Audience audience, boolean closesMatter, List<DocumentId> documents) {

	private static final Pattern TYPE = Pattern.compile("[a-z]+\\.[a-z0-9-]+(\\.[a-z0-9-]+)*");

	public ArchiveEntry {
		Objects.requireNonNull(key, "key");
		if (key.isBlank() || key.length() > 200) {
			throw new IllegalArgumentException("an archive key has 1 to 200 characters: '" + key + "'");
		}
		Objects.requireNonNull(recordType, "recordType");
		if (!TYPE.matcher(recordType).matches()) {
			throw new IllegalArgumentException("a record type reads <module>.<what> in lower case: '" + recordType + "'");
		}
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(matter, "matter");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(department, "department");
		Objects.requireNonNull(retention, "retention");
		Objects.requireNonNull(audience, "audience");
		documents = List.copyOf(documents);
	}

	/** Starts an entry: kept for ever, for its subject's eyes, closing nothing, with no documents. */
	public static Builder of(String key, String recordType, Instant occurredAt) {
		return new Builder(key, recordType, occurredAt);
	}

	/** Builds an {@link ArchiveEntry}; a title is required. */
	public static final class Builder {

		private final String key;
		private final String recordType;
		private final Instant occurredAt;
		private Party subject;
		private String matter;
		private LocalizedText title;
		private String department;
		private RetentionClass retention = RetentionClass.KEEP;
		private Audience audience = Audience.SUBJECT;
		private boolean closesMatter;
		private final List<DocumentId> documents = new ArrayList<>();

		private Builder(String key, String recordType, Instant occurredAt) {
			this.key = key;
			this.recordType = recordType;
			this.occurredAt = occurredAt;
		}

		public Builder subject(Party subject) {
			this.subject = subject;
			return this;
		}

		public Builder matter(String matter) {
			this.matter = matter;
			return this;
		}

		public Builder title(LocalizedText title) {
			this.title = title;
			return this;
		}

		public Builder department(String department) {
			this.department = department;
			return this;
		}

		public Builder retention(RetentionClass retention) {
			this.retention = retention;
			return this;
		}

		public Builder audience(Audience audience) {
			this.audience = audience;
			return this;
		}

		public Builder closesMatter() {
			this.closesMatter = true;
			return this;
		}

		public Builder documents(List<DocumentId> documents) {
			this.documents.addAll(documents);
			return this;
		}

		public Builder document(DocumentId document) {
			this.documents.add(document);
			return this;
		}

		public ArchiveEntry build() {
			return new ArchiveEntry(key, recordType, occurredAt, Optional.ofNullable(subject), Optional.ofNullable(matter),
					title, Optional.ofNullable(department), retention, audience, closesMatter, documents);
		}
	}
}
