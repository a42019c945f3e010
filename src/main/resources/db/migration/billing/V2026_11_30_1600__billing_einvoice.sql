-- e-faktura: residents' agreements to get their invoices in their internet bank, from Bankgirot's
-- registration files; the invoices queued for and sent in invoice files; the files read; and the
-- registration lines and invoices the city or the service could not act on, for staff.
ALTER TABLE billing_invoice DROP CONSTRAINT billing_invoice_delivery_check;
ALTER TABLE billing_invoice ADD CONSTRAINT billing_invoice_delivery_check CHECK (delivery IN ('MY_PAGES', 'PEPPOL', 'E_INVOICE'));

CREATE TABLE billing_einvoice_agreement (
	-- The personal identity number the resident registered with (12 digits).
	person_id     CHAR(12) PRIMARY KEY,
	person_name   TEXT,
	-- The payer's e-faktura address at their bank (FMI) and the bank, from the latest registration.
	address       TEXT NOT NULL,
	bank          TEXT NOT NULL,
	status        TEXT NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
	registered_on DATE NOT NULL,
	changed_on    DATE NOT NULL,
	ended_on      DATE,
	CHECK ((status = 'ENDED') = (ended_on IS NOT NULL))
);

-- Files read from the service, each once by its SHA-256.
CREATE TABLE billing_einvoice_file (
	id          UUID PRIMARY KEY,
	sha256      CHAR(64) NOT NULL UNIQUE,
	kind        TEXT NOT NULL CHECK (kind IN ('REGISTRATIONS', 'REJECTIONS')),
	written_at  TEXT NOT NULL,
	records     INT NOT NULL,
	received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Registration lines not acted on (an identifier that is no personal identity number, a change or a
-- cancellation without an agreement): no names or numbers, the line and the reason.
CREATE TABLE billing_einvoice_refused (
	id         UUID PRIMARY KEY,
	file_id    UUID NOT NULL REFERENCES billing_einvoice_file (id),
	line_no    INT NOT NULL,
	kind       TEXT NOT NULL,
	reason     TEXT NOT NULL,
	handled_at TIMESTAMP WITH TIME ZONE
);

-- Invoice files written for the service.
CREATE TABLE billing_einvoice_sent_file (
	id         UUID PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE,
	invoices   INT NOT NULL,
	amount     NUMERIC(15, 2) NOT NULL,
	written_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each invoice to a payer with an agreement: queued by the invoicing run, sent once in a file, and maybe
-- rejected by the service (then it is on My pages only).
CREATE TABLE billing_einvoice_delivery (
	invoice_id     UUID PRIMARY KEY REFERENCES billing_invoice (id),
	status         TEXT NOT NULL CHECK (status IN ('PENDING', 'SENT', 'REJECTED')),
	sent_file      UUID REFERENCES billing_einvoice_sent_file (id),
	rejection_code CHAR(3),
	rejection_text TEXT,
	at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX billing_einvoice_delivery_pending_idx ON billing_einvoice_delivery (at) WHERE status = 'PENDING';
CREATE INDEX billing_einvoice_delivery_by_file_idx ON billing_einvoice_delivery (sent_file);
