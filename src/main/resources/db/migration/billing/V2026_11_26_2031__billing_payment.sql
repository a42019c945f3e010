-- Card payments of fees: each attempt the payer starts at the payment provider, with the
-- provider's id for it and the last status the provider gave. A fee may have several attempts
-- (a declined card, then another). Only the first attempt found paid settles the fee; should a
-- payer manage to pay twice, the second paid attempt stays here for reconciliation to refund.
CREATE TABLE billing_payment (
	id           UUID PRIMARY KEY,
	fee_id       UUID NOT NULL REFERENCES billing_fee (id),
	provider_id  TEXT NOT NULL UNIQUE,
	redirect_url TEXT NOT NULL,
	status       TEXT NOT NULL CHECK (status IN ('CREATED', 'PAID', 'FAILED', 'CANCELLED')),
	amount       NUMERIC(13, 2) NOT NULL,
	currency     CHAR(3) NOT NULL,
	started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX billing_payment_by_fee_idx ON billing_payment (fee_id, started_at DESC);
