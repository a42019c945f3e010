-- What the cases API answered to a POST with an Idempotency-Key, per client: a repeat of the same request
-- gets the same answer and changes nothing; the same key on a different request is refused.
CREATE TABLE cases_api_idempotency (
    client_id        text        NOT NULL,
    idempotency_key  text        NOT NULL,
    request_hash     text        NOT NULL,
    response_status  integer,
    response_body    text,
    response_location text,
    response_hash    text,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);

-- Keys are forgotten after a retention period.
CREATE INDEX cases_api_idempotency_created ON cases_api_idempotency (created_at);
