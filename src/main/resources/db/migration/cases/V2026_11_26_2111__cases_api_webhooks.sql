-- A case event as it leaves CityHall for operations systems: written once per event (by its own id) from
-- the event publication registry, with the exact JSON that is signed and sent, so every retry sends the same bytes.
CREATE TABLE cases_api_event (
    id           uuid PRIMARY KEY,
    type         text        NOT NULL,
    department   text        NOT NULL,
    eservice_id  text        NOT NULL,
    case_number  text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    payload      text        NOT NULL
);

-- An operations system's wish to hear of a department's case events at a URL, signed with the secret.
CREATE TABLE cases_webhook_subscription (
    id              uuid PRIMARY KEY,
    department      text        NOT NULL,
    created_by      text        NOT NULL,
    url             text        NOT NULL,
    secret          text        NOT NULL,
    event_types     text[]      NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL,
    deactivated_at  timestamptz
);

CREATE INDEX cases_webhook_subscription_department ON cases_webhook_subscription (department) WHERE active;

-- The outbox: one delivery per event and subscription, sent and retried by the dispatcher until it is
-- delivered, gives up (FAILED) or its subscription is removed (ABANDONED).
CREATE TABLE cases_webhook_delivery (
    id               uuid PRIMARY KEY,
    event_id         uuid        NOT NULL REFERENCES cases_api_event (id),
    subscription_id  uuid        NOT NULL REFERENCES cases_webhook_subscription (id),
    state            text        NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    delivered_at     timestamptz,
    UNIQUE (event_id, subscription_id)
);

CREATE INDEX cases_webhook_delivery_due ON cases_webhook_delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX cases_webhook_delivery_subscription ON cases_webhook_delivery (subscription_id, created_at DESC);

-- Every attempt to deliver, for the delivery log: what the receiver answered or what went wrong, and how long it took.
CREATE TABLE cases_webhook_attempt (
    id            uuid PRIMARY KEY,
    delivery_id   uuid        NOT NULL REFERENCES cases_webhook_delivery (id),
    attempted_at  timestamptz NOT NULL,
    status_code   integer,
    error         text,
    duration_ms   integer     NOT NULL
);

CREATE INDEX cases_webhook_attempt_delivery ON cases_webhook_attempt (delivery_id, attempted_at);
