package org.cityhall.search.index;

import java.util.Locale;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.archive.Audience;
import org.cityhall.search.Searchable;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;

/** How a {@link Searchable} or an archive record becomes a Lucene document. */
final class IndexedDocument {

	/** The source name of the archive's records. */
	static final String ARCHIVE = "archive";

	/** Stored, searched, with offsets in the postings so the highlighter need not analyse again. */
	private static final FieldType HIGHLIGHTED = highlighted();
	/** Searched, not stored. */
	private static final FieldType SEARCHED = searched();

	static final FacetsConfig FACETS = new FacetsConfig();

	private IndexedDocument() {
	}

	/** The unique term of a document of a source. */
	static Term idTerm(String source, String id) {
		return new Term(Fields.ID, source + ":" + id);
	}

	static Document of(String source, Searchable searchable, Optional<String> matter, Optional<String> recordType) {
		Document doc = new Document();
		doc.add(new StringField(Fields.ID, source + ":" + searchable.id(), Field.Store.YES));
		doc.add(new StringField(Fields.SOURCE, source, Field.Store.NO));
		doc.add(new StringField(Fields.KIND, searchable.kind(), Field.Store.YES));
		doc.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, searchable.kind()));
		searchable.department().ifPresent(department -> {
			doc.add(new StringField(Fields.DEPARTMENT, department, Field.Store.YES));
			doc.add(new SortedSetDocValuesFacetField(Fields.FACET_DEPARTMENT, department));
		});
		doc.add(new StringField(Fields.VISIBILITY, visibility(searchable.visibility()), Field.Store.YES));
		searchable.subject().ifPresent(subject -> doc.add(new StringField(Fields.SUBJECT, subject, Field.Store.YES)));
		matter.ifPresent(value -> {
			doc.add(new StringField(Fields.MATTER, value.toLowerCase(Locale.ROOT), Field.Store.NO));
			doc.add(new StoredField(Fields.MATTER, value));
		});
		recordType.ifPresent(type -> doc.add(new StoredField(Fields.RECORD_TYPE, type)));
		doc.add(new StoredField(Fields.URL, searchable.url()));
		searchable.updatedAt().ifPresent(at -> doc.add(new StoredField(Fields.UPDATED, at.toEpochMilli())));
		doc.add(new Field(Fields.TITLE_SV, searchable.title().sv(), HIGHLIGHTED));
		doc.add(new Field(Fields.TITLE_EN, searchable.title().en(), HIGHLIGHTED));
		doc.add(new Field(Fields.BODY_SV, searchable.text().sv(), HIGHLIGHTED));
		doc.add(new Field(Fields.BODY_EN, searchable.text().en(), HIGHLIGHTED));
		doc.add(new Field(Fields.PARTS, searchable.title().sv() + "\n" + searchable.text().sv(), SEARCHED));
		doc.add(new Field(Fields.SUGGEST, searchable.title().sv() + "\n" + searchable.title().en(), SEARCHED));
		try {
			return FACETS.build(doc);
		}
		catch (java.io.IOException impossible) {
			throw new java.io.UncheckedIOException(impossible);
		}
	}

	/** Whether an archive record belongs in the index: not disposed of, and not one never to be indexed. */
	static boolean indexable(ArchivedRecord record) {
		return !record.disposed() && record.audience() != Audience.NEVER_INDEXED;
	}

	/** An archive record as the portal shows it: for its subject (and staff), or for staff only. */
	static Searchable searchable(ArchivedRecord record) {
		Searchable.Visibility visibility = record.audience() == Audience.SUBJECT && record.subject().isPresent()
				? Searchable.Visibility.SUBJECT : Searchable.Visibility.STAFF;
		LocalizedText text = record.matter()
				.map(matter -> new LocalizedText("Ärende " + matter, "Case " + matter))
				.orElse(new LocalizedText("", ""));
		return new Searchable(record.id().toString(), kindOf(record), record.title(), text, urlOf(record), record.department(),
				visibility, record.subject().map(Party::id), Optional.of(record.occurredAt()));
	}

	/** The kind of an archive record, from its type: a case, a message, a decision, a consent, or another record. */
	static String kindOf(ArchivedRecord record) {
		String type = record.recordType();
		if (type.contains("message")) {
			return "message";
		}
		if (type.contains("decided") || type.contains("decision")) {
			return "decision";
		}
		if (type.contains("consent")) {
			return "consent";
		}
		return "cases".equals(record.sourceModule()) || type.startsWith("cases.") ? "case" : "record";
	}

	/** Where a resident follows the record: the case's page for a case's record, else My pages. */
	private static String urlOf(ArchivedRecord record) {
		if (record.recordType().startsWith("cases.") && record.matter().isPresent()) {
			return "/my-pages/cases/" + record.matter().get();
		}
		if (record.recordType().startsWith("identity.consent")) {
			return "/consents";
		}
		return "/my-pages";
	}

	static String visibility(Searchable.Visibility visibility) {
		return visibility.name().toLowerCase(Locale.ROOT);
	}

	private static FieldType highlighted() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setStored(true);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static FieldType searched() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setStored(false);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
		type.freeze();
		return type;
	}
}
