-- How many times a person's cases and drafts have been written. Each node keeps the part of My pages that
-- lists a person's drafts and cases as it last made it (cases.web.CasesSection), with the number it was
-- made at; it shows it again only while this number is the same. The triggers below raise it in the same
-- transaction as every row of a case or a draft inserted, changed or deleted, whatever writes it, so a change
-- is on every node's My pages the moment it commits.
CREATE TABLE cases_party_version (
    party_id text PRIMARY KEY,
    version bigint NOT NULL
);

-- Raises the number of each party once, in the order of their ids: two transactions that write the same
-- people lock their rows in the same order.
CREATE FUNCTION cases_parties_written(parties text[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO cases_party_version AS kept (party_id, version)
    SELECT DISTINCT party, 1 FROM unnest(parties) AS party WHERE party IS NOT NULL ORDER BY party
    ON CONFLICT (party_id) DO UPDATE SET version = kept.version + 1;
$$;

-- The parties a written row concerns, named by the trigger's arguments (its columns): for a change both the
-- old row's and the new one's.
CREATE FUNCTION cases_row_written() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    written jsonb[] := ARRAY[]::jsonb[];
    parties text[] := ARRAY[]::text[];
    row_written jsonb;
    party_column text;
BEGIN
    IF TG_OP <> 'DELETE' THEN
        written := written || to_jsonb(NEW);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        written := written || to_jsonb(OLD);
    END IF;
    FOREACH row_written IN ARRAY written LOOP
        FOREACH party_column IN ARRAY TG_ARGV LOOP
            parties := parties || (row_written ->> party_column);
        END LOOP;
    END LOOP;
    PERFORM cases_parties_written(parties);
    RETURN NULL;
END;
$$;

-- Deferred to the commit: a person's row is then locked only while the transaction commits, so a firm's
-- submissions sent at once do not wait for each other's whole transaction. A case concerns its applicant and
-- the person it is about (My pages lists both), a draft its owner.
CREATE CONSTRAINT TRIGGER cases_case_written AFTER INSERT OR UPDATE OR DELETE ON cases_case
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cases_row_written('applicant_id', 'subject_id');
CREATE CONSTRAINT TRIGGER cases_draft_written AFTER INSERT OR UPDATE OR DELETE ON cases_draft
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cases_row_written('owner_id');

-- Emptying a table names nobody: every number is raised, and the parties of rows written before these
-- triggers existed get one below, so that nothing kept from before is shown again.
CREATE FUNCTION cases_all_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE cases_party_version SET version = version + 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER cases_case_emptied AFTER TRUNCATE ON cases_case FOR EACH STATEMENT EXECUTE FUNCTION cases_all_written();
CREATE TRIGGER cases_draft_emptied AFTER TRUNCATE ON cases_draft FOR EACH STATEMENT EXECUTE FUNCTION cases_all_written();

INSERT INTO cases_party_version (party_id, version)
SELECT party, 1 FROM (SELECT applicant_id FROM cases_case UNION SELECT subject_id FROM cases_case
    UNION SELECT owner_id FROM cases_draft) AS written (party)
WHERE party IS NOT NULL;
