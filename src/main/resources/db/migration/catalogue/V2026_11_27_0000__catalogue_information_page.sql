-- The information pages departments write (how to apply for a building permit, what respite care
-- means): a page has a stable slug (its address /information/<slug>) and a department; its texts
-- live in versions, each written, reviewed by someone else and published, and kept after a newer
-- version replaces it.
CREATE TABLE catalogue_information_page (
	id         UUID PRIMARY KEY,
	slug       TEXT NOT NULL UNIQUE,
	department TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	version    BIGINT NOT NULL
);

CREATE INDEX catalogue_information_page_department ON catalogue_information_page (department);

-- One row per version of a page. state: DRAFT, IN_REVIEW, SENT_BACK (with the reviewer's comment),
-- PUBLISHED, SUPERSEDED (published, then replaced by a newer version) or WITHDRAWN (unpublished).
-- eservices and life_situations are the ids in the catalogue the version links to.
CREATE TABLE catalogue_information_page_version (
	page_id             UUID NOT NULL REFERENCES catalogue_information_page (id) ON DELETE CASCADE,
	position            INTEGER NOT NULL,
	number              INTEGER NOT NULL,
	state               TEXT NOT NULL,
	title_sv            TEXT NOT NULL,
	title_en            TEXT NOT NULL,
	summary_sv          TEXT NOT NULL,
	summary_en          TEXT NOT NULL,
	body_sv             TEXT NOT NULL,
	body_en             TEXT NOT NULL,
	eservices           TEXT[] NOT NULL DEFAULT '{}',
	life_situations     TEXT[] NOT NULL DEFAULT '{}',
	written_by          TEXT NOT NULL,
	written_by_name     TEXT NOT NULL,
	written_at          TIMESTAMPTZ NOT NULL,
	submitted_by        TEXT,
	submitted_at        TIMESTAMPTZ,
	reviewed_by         TEXT,
	reviewed_by_name    TEXT,
	reviewed_at         TIMESTAMPTZ,
	review_comment      TEXT,
	published_at        TIMESTAMPTZ,
	withdrawn_by        TEXT,
	withdrawn_at        TIMESTAMPTZ,
	PRIMARY KEY (page_id, number),
	CONSTRAINT catalogue_information_page_version_state
		CHECK (state IN ('DRAFT', 'IN_REVIEW', 'SENT_BACK', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN'))
);

-- At most one published version per page: what the public sees.
CREATE UNIQUE INDEX catalogue_information_page_published
	ON catalogue_information_page_version (page_id) WHERE state = 'PUBLISHED';
