-- Disposal (gallring) of records whose retention ended (docs/archive.md). The disposal job proposes
-- a list; an archivist approves or rejects it; approval turns each record on it into a tombstone
-- through archive_dispose(id, reference). These tables are also the disposal log: who proposed, who
-- decided, when, and which records — they keep the record's id, sequence and type, never its content.
CREATE TABLE archive_disposal_list
(
  id          UUID        NOT NULL,
  reference   TEXT        NOT NULL,
  proposed_at TIMESTAMPTZ NOT NULL,
  proposed_by TEXT        NOT NULL,
  status      TEXT        NOT NULL DEFAULT 'PROPOSED',
  decided_at  TIMESTAMPTZ,
  decided_by  TEXT,
  reason      TEXT,
  PRIMARY KEY (id),
  CONSTRAINT archive_disposal_list_reference_unique UNIQUE (reference),
  CONSTRAINT archive_disposal_list_status_known CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED')),
  CONSTRAINT archive_disposal_list_decided_whole CHECK (
    (status = 'PROPOSED' AND decided_at IS NULL AND decided_by IS NULL)
    OR (status <> 'PROPOSED' AND decided_at IS NOT NULL AND decided_by IS NOT NULL))
);
-- Numbers the lists' references, GA-<year>-<number> (gallringsbeslut).
CREATE SEQUENCE archive_disposal_number;
CREATE INDEX archive_disposal_list_by_time_idx ON archive_disposal_list (proposed_at DESC);

-- The records on a list, as they were when proposed: when their retention ended and why.
CREATE TABLE archive_disposal_item
(
  list_id        UUID        NOT NULL REFERENCES archive_disposal_list (id),
  record_id      UUID        NOT NULL REFERENCES archive_record (id),
  sequence       BIGINT      NOT NULL,
  record_type    TEXT        NOT NULL,
  matter         TEXT        NOT NULL,
  retention      TEXT        NOT NULL,
  matter_closed_at TIMESTAMPTZ NOT NULL,
  retention_ended_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (list_id, record_id)
);
CREATE INDEX archive_disposal_item_by_record_idx ON archive_disposal_item (record_id);

-- A decided list is never changed again, and nothing in the log is deleted.
CREATE FUNCTION archive_disposal_guard() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'archive_disposal_list' AND OLD.status = 'PROPOSED'
     AND NEW.id = OLD.id AND NEW.reference = OLD.reference AND NEW.proposed_at = OLD.proposed_at
     AND NEW.proposed_by = OLD.proposed_by THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the disposal log is append-only: a proposed list is decided once'
    USING DETAIL = TG_OP || ' on ' || TG_TABLE_NAME || ' refused';
END;
$$;

CREATE TRIGGER archive_disposal_list_decided_once
  BEFORE UPDATE OR DELETE ON archive_disposal_list
  FOR EACH ROW EXECUTE FUNCTION archive_disposal_guard();

CREATE TRIGGER archive_disposal_item_append_only
  BEFORE UPDATE OR DELETE ON archive_disposal_item
  FOR EACH ROW EXECUTE FUNCTION archive_disposal_guard();

-- The archivists' search: records by the e-service in their content (cases' events carry eserviceId),
-- by type and by time.
CREATE INDEX archive_record_by_eservice_idx ON archive_record (((content::jsonb) ->> 'eserviceId'), occurred_at)
  WHERE content IS NOT NULL;
CREATE INDEX archive_record_by_type_idx ON archive_record (record_type, occurred_at);
CREATE INDEX archive_record_by_time_idx ON archive_record (occurred_at);
CREATE INDEX archive_record_closing_idx ON archive_record (matter, occurred_at) WHERE closes_matter;

-- The text of the archive's documents (PDF text by PDFBox), extracted once per document by a job that
-- follows the archive's sequence, and searched through a full-text index. The 'simple' configuration
-- neither stems nor drops stop words, so Swedish and English text are both found by their words.
CREATE TABLE archive_document_text
(
  sha256      TEXT        NOT NULL,
  extracted_at TIMESTAMPTZ NOT NULL,
  text        TEXT        NOT NULL,
  words       TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', left(text, 1000000))) STORED,
  PRIMARY KEY (sha256)
);
CREATE INDEX archive_document_text_words_idx ON archive_document_text USING GIN (words);
CREATE INDEX archive_record_documents_idx ON archive_record USING GIN (documents);

-- How far the text extraction has followed the archive's sequence.
CREATE TABLE archive_text_cursor
(
  singleton BOOLEAN NOT NULL DEFAULT TRUE,
  sequence  BIGINT  NOT NULL,
  PRIMARY KEY (singleton),
  CONSTRAINT archive_text_cursor_one_row CHECK (singleton)
);
INSERT INTO archive_text_cursor (singleton, sequence) VALUES (TRUE, 0);
