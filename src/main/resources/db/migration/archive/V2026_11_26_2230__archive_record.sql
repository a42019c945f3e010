-- The e-archive: every business event that is a record of a transaction with the city, filed once,
-- in one hash chain (docs/archive.md).
--
-- archive_chain is the chain's head: one row holding the last sequence and hash. A filer locks it
-- (SELECT ... FOR UPDATE), takes sequence + 1, inserts the record and moves the head, all in one
-- transaction; a rollback takes the head back with it, so sequences have no gaps whatever fails or
-- runs at the same time.
CREATE TABLE archive_chain
(
  singleton BOOLEAN NOT NULL DEFAULT TRUE,
  sequence  BIGINT  NOT NULL,
  hash      TEXT    NOT NULL,
  PRIMARY KEY (singleton),
  CONSTRAINT archive_chain_one_row CHECK (singleton),
  CONSTRAINT archive_chain_hash_is_hex CHECK (hash ~ '^[0-9a-f]{64}$')
);
-- The chain starts from 64 zeros: record 1's previous hash.
INSERT INTO archive_chain (singleton, sequence, hash) VALUES (TRUE, 0, repeat('0', 64));

-- One row per record. content is the event as canonical JSON (keys sorted, no whitespace), kept as
-- TEXT so its bytes stay exactly as hashed (jsonb would reorder them). documents are the SHA-256 ids
-- of the record's documents in the documents_content store, in the order hashed.
-- digest = SHA-256 of the record's canonical body (every column below but sequence's place in the
-- chain: see ArchiveCanonicalForm), hash = SHA-256(prev_hash || ':' || digest), both hex.
CREATE TABLE archive_record
(
  id            UUID        NOT NULL,
  sequence      BIGINT      NOT NULL,
  key           TEXT        NOT NULL,
  occurred_at   TIMESTAMPTZ NOT NULL,
  filed_at      TIMESTAMPTZ NOT NULL,
  source_module TEXT        NOT NULL,
  record_type   TEXT        NOT NULL,
  subject_kind  TEXT,
  subject_id    TEXT,
  subject_name  TEXT,
  matter        TEXT,
  title_sv      TEXT,
  title_en      TEXT,
  department    TEXT,
  retention     TEXT        NOT NULL,
  audience      TEXT        NOT NULL,
  closes_matter BOOLEAN     NOT NULL,
  content       TEXT,
  documents     TEXT[]      NOT NULL DEFAULT '{}',
  digest        TEXT        NOT NULL,
  prev_hash     TEXT        NOT NULL,
  hash          TEXT        NOT NULL,
  disposal      TEXT,
  PRIMARY KEY (id),
  CONSTRAINT archive_record_sequence_unique UNIQUE (sequence),
  CONSTRAINT archive_record_key_unique UNIQUE (key),
  CONSTRAINT archive_record_sequence_positive CHECK (sequence > 0),
  CONSTRAINT archive_record_audience_known CHECK (audience IN ('SUBJECT', 'STAFF_ONLY', 'NEVER_INDEXED')),
  CONSTRAINT archive_record_subject_whole CHECK ((subject_kind IS NULL) = (subject_id IS NULL)),
  CONSTRAINT archive_record_hashes_are_hex CHECK (digest ~ '^[0-9a-f]{64}$' AND prev_hash ~ '^[0-9a-f]{64}$'
    AND hash ~ '^[0-9a-f]{64}$'),
  -- A record is either whole, or a tombstone left by disposal: no content, no subject, no title, no documents.
  CONSTRAINT archive_record_whole_or_tombstone CHECK (
    (disposal IS NULL AND content IS NOT NULL AND title_sv IS NOT NULL AND title_en IS NOT NULL)
    OR (disposal IS NOT NULL AND content IS NULL AND subject_kind IS NULL AND subject_id IS NULL
        AND subject_name IS NULL AND title_sv IS NULL AND title_en IS NULL AND cardinality(documents) = 0))
);
CREATE INDEX archive_record_by_matter_idx ON archive_record (matter, sequence) WHERE matter IS NOT NULL;
CREATE INDEX archive_record_by_subject_idx ON archive_record (subject_id, sequence) WHERE subject_id IS NOT NULL;

-- Records are only ever added. The one change allowed is disposal (gallring): turning a whole
-- record into a tombstone that keeps its id, sequence, key, times, module, type, retention,
-- audience, digest, prev_hash and hash, so the chain still verifies, and empties the rest. Only
-- archive_dispose(id, decision) does it: it names the record in the transaction-local setting
-- cityhall.archive.disposing, which the trigger checks together with the tombstone's shape.
-- Deleting, truncating and any other update are refused, whoever asks.
CREATE FUNCTION archive_record_guard() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF current_setting('cityhall.archive.disposing', true) = OLD.id::text
       AND OLD.disposal IS NULL AND NEW.disposal IS NOT NULL
       AND NEW.id = OLD.id AND NEW.sequence = OLD.sequence AND NEW.key = OLD.key
       AND NEW.occurred_at = OLD.occurred_at AND NEW.filed_at = OLD.filed_at
       AND NEW.source_module = OLD.source_module AND NEW.record_type = OLD.record_type
       AND NEW.retention = OLD.retention AND NEW.audience = OLD.audience
       AND NEW.closes_matter = OLD.closes_matter
       AND NEW.matter IS NOT DISTINCT FROM OLD.matter AND NEW.department IS NOT DISTINCT FROM OLD.department
       AND NEW.digest = OLD.digest AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'archive_record is append-only: a record is only ever turned into a tombstone, by archive_dispose'
    USING DETAIL = TG_OP || ' refused';
END;
$$;

CREATE TRIGGER archive_record_append_only
  BEFORE UPDATE OR DELETE ON archive_record
  FOR EACH ROW EXECUTE FUNCTION archive_record_guard();

CREATE TRIGGER archive_record_no_truncate
  BEFORE TRUNCATE ON archive_record
  FOR EACH STATEMENT EXECUTE FUNCTION archive_record_guard();

-- Disposal's one door: the record becomes a tombstone naming the decision that disposed of it.
-- Returns false when the record is unknown or already a tombstone. The documents themselves stay in
-- documents_content (content-addressed and perhaps shared); disposal removes them there if no other
-- record holds them.
CREATE FUNCTION archive_dispose(record_id UUID, decision TEXT) RETURNS BOOLEAN
  LANGUAGE plpgsql AS
$$
DECLARE
  changed INT;
BEGIN
  IF decision IS NULL OR decision = '' THEN
    RAISE EXCEPTION 'a record is disposed of by a decision: name it';
  END IF;
  PERFORM set_config('cityhall.archive.disposing', record_id::text, true);
  UPDATE archive_record
     SET disposal = decision, content = NULL, subject_kind = NULL, subject_id = NULL, subject_name = NULL,
         title_sv = NULL, title_en = NULL, documents = '{}'
   WHERE id = record_id AND disposal IS NULL;
  GET DIAGNOSTICS changed = ROW_COUNT;
  PERFORM set_config('cityhall.archive.disposing', '', true);
  RETURN changed = 1;
END;
$$;

REVOKE UPDATE, DELETE, TRUNCATE ON archive_record FROM PUBLIC;

-- Checkpoints: at intervals the chain's head is signed (Ed25519) and kept here, so a chain rewritten
-- from some record on no longer matches what was signed. public_key is the signer's key (X.509
-- SubjectPublicKeyInfo, base64) and key_id its SHA-256 (hex, first 16 digits); the signed message is
-- 'cityhall-archive-checkpoint:' || sequence || ':' || hash || ':' || signed_at (ISO-8601, UTC).
CREATE TABLE archive_checkpoint
(
  id         UUID        NOT NULL,
  sequence   BIGINT      NOT NULL,
  hash       TEXT        NOT NULL,
  signed_at  TIMESTAMPTZ NOT NULL,
  key_id     TEXT        NOT NULL,
  public_key TEXT        NOT NULL,
  signature  TEXT        NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX archive_checkpoint_by_sequence_idx ON archive_checkpoint (sequence);

CREATE FUNCTION archive_checkpoint_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'archive_checkpoint is append-only' USING DETAIL = TG_OP || ' refused';
END;
$$;

CREATE TRIGGER archive_checkpoint_append_only
  BEFORE UPDATE OR DELETE ON archive_checkpoint
  FOR EACH ROW EXECUTE FUNCTION archive_checkpoint_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON archive_checkpoint FROM PUBLIC;
