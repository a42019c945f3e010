-- The outbox to the message broker: each case event is published once confirmed, retried until then.
CREATE TABLE cases_amqp_outbox (
    event_id         uuid PRIMARY KEY REFERENCES cases_api_event (id),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    published_at     timestamptz,
    last_error       text
);

CREATE INDEX cases_amqp_outbox_due ON cases_amqp_outbox (next_attempt_at) WHERE published_at IS NULL;
