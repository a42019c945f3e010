-- Fees people owe the city. A fee is identified by its matter and the Swedish text of what it is
-- for, so incurring it again finds the one already there. The amount includes VAT at vat_rate.
-- A fee is paid once: status, paid_at and payment_id change together, from unpaid to paid, and
-- nothing else about a fee ever changes.
CREATE TABLE billing_fee (
	id          UUID PRIMARY KEY,
	payer_kind  TEXT NOT NULL CHECK (payer_kind IN ('PERSON', 'ORGANISATION', 'VISITOR', 'STAFF')),
	payer_id    TEXT NOT NULL,
	payer_name  TEXT,
	matter      TEXT NOT NULL,
	what_sv     TEXT NOT NULL,
	what_en     TEXT NOT NULL,
	amount      NUMERIC(13, 2) NOT NULL CHECK (amount > 0),
	currency    CHAR(3) NOT NULL,
	vat_rate    NUMERIC(5, 4) NOT NULL CHECK (vat_rate >= 0 AND vat_rate < 1),
	status      TEXT NOT NULL CHECK (status IN ('UNPAID', 'PAID')),
	incurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
	paid_at     TIMESTAMP WITH TIME ZONE,
	payment_id  UUID,
	CONSTRAINT billing_fee_once_per_matter UNIQUE (matter, what_sv),
	CHECK ((status = 'PAID') = (paid_at IS NOT NULL) AND (paid_at IS NULL) = (payment_id IS NULL))
);
CREATE INDEX billing_fee_unpaid_by_payer_idx ON billing_fee (payer_kind, payer_id, incurred_at) WHERE status = 'UNPAID';

CREATE FUNCTION billing_fee_only_settle() RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	IF TG_OP = 'UPDATE'
			AND OLD.status = 'UNPAID' AND NEW.status = 'PAID'
			AND (NEW.id, NEW.payer_kind, NEW.payer_id, NEW.payer_name, NEW.matter, NEW.what_sv, NEW.what_en, NEW.amount,
			     NEW.currency, NEW.vat_rate, NEW.incurred_at)
			    IS NOT DISTINCT FROM
			    (OLD.id, OLD.payer_kind, OLD.payer_id, OLD.payer_name, OLD.matter, OLD.what_sv, OLD.what_en, OLD.amount,
			     OLD.currency, OLD.vat_rate, OLD.incurred_at) THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'billing_fee rows are kept as incurred; they may only be settled, once' USING DETAIL = TG_OP || ' refused';
END;
$$;

CREATE TRIGGER billing_fee_kept
	BEFORE UPDATE OR DELETE ON billing_fee
	FOR EACH ROW EXECUTE FUNCTION billing_fee_only_settle();
