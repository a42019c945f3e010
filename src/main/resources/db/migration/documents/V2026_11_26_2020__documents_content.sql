-- The content-addressed document store: uploads, receipts and decisions, each kept once under the
-- SHA-256 of its bytes. A document never changes: the trigger refuses every update, so the same
-- address always gives the same bytes. Removal is left open for disposal when retention ends.
CREATE TABLE documents_content
(
  sha256     TEXT        NOT NULL,
  media_type TEXT        NOT NULL,
  size       BIGINT      NOT NULL,
  content    BYTEA       NOT NULL,
  stored_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (sha256),
  CONSTRAINT documents_content_sha256_is_hex CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  CONSTRAINT documents_content_size_matches CHECK (size = octet_length(content)),
  CONSTRAINT documents_content_media_type_given CHECK (media_type <> '')
);

-- Uploads (PDF, JPEG, PNG, Office files) are compressed already: keep them out of line without
-- spending time on compressing them again.
ALTER TABLE documents_content ALTER COLUMN content SET STORAGE EXTERNAL;

CREATE FUNCTION documents_content_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'documents_content never changes: a document is stored once under its SHA-256'
    USING DETAIL = TG_OP || ' refused';
END;
$$;

CREATE TRIGGER documents_content_immutable
  BEFORE UPDATE ON documents_content
  FOR EACH ROW EXECUTE FUNCTION documents_content_refuse_change();

REVOKE UPDATE ON documents_content FROM PUBLIC;
