-- The audit log: who read whose personal data, why and when. Rows are only ever added; the
-- trigger refuses every change and removal, whoever asks, and PUBLIC may not try.
CREATE TABLE audit_record
(
  id         UUID        NOT NULL,
  at         TIMESTAMPTZ NOT NULL,
  actor_id   TEXT        NOT NULL,
  actor_name TEXT        NOT NULL,
  actor_role TEXT        NOT NULL,
  subject_id TEXT        NOT NULL,
  what       TEXT        NOT NULL,
  purpose    TEXT        NOT NULL,
  channel    TEXT        NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX audit_record_by_subject_idx ON audit_record (subject_id, at DESC);
CREATE INDEX audit_record_by_actor_idx ON audit_record (actor_id, at DESC);
CREATE INDEX audit_record_by_time_idx ON audit_record (at);

CREATE FUNCTION audit_record_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'audit_record is append-only' USING DETAIL = TG_OP || ' refused';
END;
$$;

CREATE TRIGGER audit_record_append_only
  BEFORE UPDATE OR DELETE ON audit_record
  FOR EACH ROW EXECUTE FUNCTION audit_record_refuse_change();

CREATE TRIGGER audit_record_no_truncate
  BEFORE TRUNCATE ON audit_record
  FOR EACH STATEMENT EXECUTE FUNCTION audit_record_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM PUBLIC;
