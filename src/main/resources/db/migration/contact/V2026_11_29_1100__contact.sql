-- The Contact Centre (issue 12): each contact with a resident by phone, e-mail or visit, in its queue (the
-- general line, or Äldre Direkt for elderly care), the agents' look-ups of residents, and the knowledge base.

CREATE TABLE contact_lookup (
    id          uuid PRIMARY KEY,
    agent_id    text NOT NULL,
    resident    text NOT NULL,
    purpose     text NOT NULL,
    queue       text NOT NULL,
    looked_up_at timestamptz NOT NULL
);

CREATE INDEX contact_lookup_agent ON contact_lookup (agent_id, looked_up_at DESC);

CREATE TABLE contact_contact (
    id            uuid PRIMARY KEY,
    queue         text NOT NULL CHECK (queue IN ('general', 'aldre-direkt')),
    channel       text NOT NULL CHECK (channel IN ('phone', 'email', 'visit')),
    topic         text NOT NULL,
    outcome       text NOT NULL CHECK (outcome IN ('open', 'solved', 'handed-over', 'callback', 'e-service-started')),
    resident      text,
    agent_id      text,
    department    text,
    note          text,
    minutes       int CHECK (minutes >= 0),
    -- Seconds the resident waited before an agent answered (a call's queue time; an e-mail's time to the reply).
    wait_seconds  int CHECK (wait_seconds >= 0),
    sender        text,
    subject       text,
    message_id    text UNIQUE,
    received_at   timestamptz NOT NULL,
    logged_at     timestamptz NOT NULL
);

CREATE INDEX contact_contact_received ON contact_contact (queue, received_at DESC);
CREATE INDEX contact_contact_resident ON contact_contact (resident, received_at DESC) WHERE resident IS NOT NULL;

CREATE TABLE contact_answer (
    id          uuid PRIMARY KEY,
    title       text NOT NULL,
    body        text NOT NULL,
    department  text NOT NULL,
    keywords    text NOT NULL DEFAULT '',
    updated_by  text NOT NULL,
    updated_at  timestamptz NOT NULL
);
