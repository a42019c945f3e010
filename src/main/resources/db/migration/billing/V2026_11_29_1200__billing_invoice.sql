-- Invoices: the fees a payer has not paid by card, gathered on one invoice with its number, its due date
-- and its OCR reference; and credit notes, which cancel an invoice. Amounts include VAT; each line keeps its
-- net amount and VAT so the invoice, its PDF and its Peppol document tell the same figures.
CREATE SEQUENCE billing_invoice_number_seq START WITH 100001;

CREATE TABLE billing_invoice (
	id          UUID PRIMARY KEY,
	number      BIGINT NOT NULL UNIQUE,
	kind        TEXT NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
	credits     UUID REFERENCES billing_invoice (id),
	ocr         TEXT UNIQUE,
	payer_kind  TEXT NOT NULL CHECK (payer_kind IN ('PERSON', 'ORGANISATION', 'VISITOR', 'STAFF')),
	payer_id    TEXT NOT NULL,
	payer_name  TEXT,
	delivery    TEXT NOT NULL CHECK (delivery IN ('MY_PAGES', 'PEPPOL')),
	issue_date  DATE NOT NULL,
	due_date    DATE NOT NULL,
	total       NUMERIC(13, 2) NOT NULL CHECK (total > 0),
	vat         NUMERIC(13, 2) NOT NULL CHECK (vat >= 0),
	currency    CHAR(3) NOT NULL,
	paid        NUMERIC(13, 2) NOT NULL DEFAULT 0,
	status      TEXT NOT NULL CHECK (status IN ('OPEN', 'PAID', 'CREDITED')),
	reminded_on DATE,
	reminder_due_date DATE,
	reason      TEXT,
	issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
	CHECK ((kind = 'INVOICE') = (ocr IS NOT NULL)),
	CHECK ((kind = 'CREDIT_NOTE') = (credits IS NOT NULL))
);
CREATE INDEX billing_invoice_by_payer_idx ON billing_invoice (payer_kind, payer_id, issue_date DESC);
CREATE INDEX billing_invoice_open_by_due_idx ON billing_invoice (due_date) WHERE status = 'OPEN' AND kind = 'INVOICE';
CREATE UNIQUE INDEX billing_invoice_credited_once ON billing_invoice (credits);

CREATE TABLE billing_invoice_line (
	invoice_id UUID NOT NULL REFERENCES billing_invoice (id),
	line_no    INT NOT NULL,
	fee_id     UUID NOT NULL REFERENCES billing_fee (id),
	credit     BOOLEAN NOT NULL,
	matter     TEXT NOT NULL,
	what_sv    TEXT NOT NULL,
	what_en    TEXT NOT NULL,
	vat_rate   NUMERIC(5, 4) NOT NULL,
	net        NUMERIC(13, 2) NOT NULL,
	vat        NUMERIC(13, 2) NOT NULL,
	gross      NUMERIC(13, 2) NOT NULL CHECK (gross = net + vat),
	PRIMARY KEY (invoice_id, line_no)
);
-- A fee is invoiced once (and credited at most once).
CREATE UNIQUE INDEX billing_invoice_line_fee_once ON billing_invoice_line (fee_id, credit);

-- Payments read from Bankgirot's BgMax files: each payment record as the bank told it, and what
-- reconciliation made of it. A file is read once (its SHA-256).
CREATE TABLE billing_bgmax_file (
	id          UUID PRIMARY KEY,
	sha256      CHAR(64) NOT NULL UNIQUE,
	written_at  TEXT NOT NULL,
	payments    INT NOT NULL,
	received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE billing_bank_payment (
	id           UUID PRIMARY KEY,
	file_id      UUID NOT NULL REFERENCES billing_bgmax_file (id),
	bgc_serial   TEXT NOT NULL,
	payment_date DATE NOT NULL,
	reference    TEXT NOT NULL,
	amount       NUMERIC(15, 2) NOT NULL,
	payer_name   TEXT,
	invoice_id   UUID REFERENCES billing_invoice (id),
	outcome      TEXT NOT NULL CHECK (outcome IN ('PAID', 'PARTIAL', 'OVERPAID', 'UNMATCHED')),
	excess       NUMERIC(15, 2) NOT NULL DEFAULT 0,
	handled_at   TIMESTAMP WITH TIME ZONE,
	handled_by   TEXT
);
CREATE INDEX billing_bank_payment_for_staff_idx ON billing_bank_payment (payment_date) WHERE outcome IN ('UNMATCHED', 'OVERPAID') AND handled_at IS NULL;
CREATE INDEX billing_bank_payment_by_invoice_idx ON billing_bank_payment (invoice_id);
