package org.cityhall.search.index;

/** The fields of the portal's Lucene documents. */
final class Fields {

	/** Unique: {@code <source>:<id>}; stored. */
	static final String ID = "id";
	/** The source: {@code archive}, {@code catalogue} or a {@link org.cityhall.search.SearchSource}'s name. */
	static final String SOURCE = "source";
	static final String KIND = "kind";
	static final String DEPARTMENT = "department";
	/** {@code public}, {@code subject} or {@code staff}. */
	static final String VISIBILITY = "visibility";
	/** The party id of a document for its subject's eyes. */
	static final String SUBJECT = "subject";
	/** The matter (case number), lower case, whole. */
	static final String MATTER = "matter";
	static final String URL = "url";
	static final String UPDATED = "updated";
	static final String TITLE_SV = "title_sv";
	static final String TITLE_EN = "title_en";
	static final String BODY_SV = "body_sv";
	static final String BODY_EN = "body_en";
	/** The Swedish title and text split into their compounds' parts; not stored. */
	static final String PARTS = "parts";
	/** Every start of the titles' words; not stored. */
	static final String SUGGEST = "suggest";
	/** The archive's record type, stored, for the record's link. */
	static final String RECORD_TYPE = "record_type";

	/** The facet dimensions. */
	static final String FACET_KIND = "kind";
	static final String FACET_DEPARTMENT = "department";

	private Fields() {
	}
}
