-- Autogiro (direct debit): the residents' mandates (medgivanden) by payer number, the withdrawals the city
-- ordered from Bankgirot (each invoice once), and the withdrawals Bankgirot reported as failed, for staff.
CREATE TABLE billing_autogiro_mandate (
	-- The payer number Bankgirot knows the payer by: the personal identity number without its century.
	payer_number CHAR(10) PRIMARY KEY,
	person_id    CHAR(12) NOT NULL UNIQUE,
	person_name  TEXT,
	status       TEXT NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
	active_from  DATE NOT NULL,
	cancelled_on DATE,
	CHECK ((status = 'CANCELLED') = (cancelled_on IS NOT NULL))
);

CREATE TABLE billing_autogiro_order (
	invoice_id   UUID PRIMARY KEY REFERENCES billing_invoice (id),
	payer_number CHAR(10) NOT NULL REFERENCES billing_autogiro_mandate (payer_number),
	reference    TEXT NOT NULL,
	amount       NUMERIC(13, 2) NOT NULL CHECK (amount > 0),
	payment_date DATE NOT NULL,
	-- The file it was ordered in, written on written_on; the file can be written again from its rows.
	order_file   UUID NOT NULL,
	written_on   DATE NOT NULL,
	ordered_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX billing_autogiro_order_by_file_idx ON billing_autogiro_order (order_file);

-- The files read from Bankgirot, BgMax or autogiro payment specifications, each once by its SHA-256.
ALTER TABLE billing_bgmax_file ADD COLUMN format TEXT NOT NULL DEFAULT 'BGMAX' CHECK (format IN ('BGMAX', 'AUTOGIRO'));

CREATE TABLE billing_autogiro_failure (
	id           UUID PRIMARY KEY,
	file_id      UUID NOT NULL REFERENCES billing_bgmax_file (id),
	line_no      INT NOT NULL,
	payer_number CHAR(10) NOT NULL,
	reference    TEXT NOT NULL,
	amount       NUMERIC(13, 2) NOT NULL,
	payment_date DATE NOT NULL,
	result_code  CHAR(1) NOT NULL,
	invoice_id   UUID REFERENCES billing_invoice (id),
	handled_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX billing_autogiro_failure_for_staff_idx ON billing_autogiro_failure (payment_date) WHERE handled_at IS NULL;
