-- Consents a person (the grantor) gives a named relative or friend (the grantee): scoped,
-- time-limited and revocable. valid_until is the first instant the consent no longer holds.
-- A consent is never removed: revoking sets revoked_at and revoked_by once, and the row stays
-- for the record. The triggers refuse every other change and every removal.
CREATE TABLE identity_consent (
	id           UUID PRIMARY KEY,
	grantor      CHAR(12) NOT NULL CHECK (grantor ~ '^[0-9]{12}$'),
	grantor_name TEXT NOT NULL,
	grantee      CHAR(12) NOT NULL CHECK (grantee ~ '^[0-9]{12}$'),
	grantee_name TEXT NOT NULL,
	scope        TEXT NOT NULL,
	valid_from   TIMESTAMP WITH TIME ZONE NOT NULL,
	valid_until  TIMESTAMP WITH TIME ZONE NOT NULL,
	revoked_at   TIMESTAMP WITH TIME ZONE,
	revoked_by   TEXT,
	created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
	CHECK (grantor <> grantee),
	CHECK (valid_until > valid_from),
	CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX identity_consent_grantor_idx ON identity_consent (grantor);
CREATE INDEX identity_consent_grantee_scope_idx ON identity_consent (grantee, scope);

CREATE FUNCTION identity_consent_only_revoke() RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	IF TG_OP = 'UPDATE'
			AND OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL
			AND (NEW.id, NEW.grantor, NEW.grantor_name, NEW.grantee, NEW.grantee_name, NEW.scope,
			     NEW.valid_from, NEW.valid_until, NEW.created_at)
			    IS NOT DISTINCT FROM
			    (OLD.id, OLD.grantor, OLD.grantor_name, OLD.grantee, OLD.grantee_name, OLD.scope,
			     OLD.valid_from, OLD.valid_until, OLD.created_at) THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'identity_consent rows are kept as given; they may only be revoked, once' USING DETAIL = TG_OP || ' refused';
END;
$$;

CREATE TRIGGER identity_consent_kept
	BEFORE UPDATE OR DELETE ON identity_consent
	FOR EACH ROW EXECUTE FUNCTION identity_consent_only_revoke();

CREATE TRIGGER identity_consent_no_truncate
	BEFORE TRUNCATE ON identity_consent
	FOR EACH STATEMENT EXECUTE FUNCTION identity_consent_only_revoke();
