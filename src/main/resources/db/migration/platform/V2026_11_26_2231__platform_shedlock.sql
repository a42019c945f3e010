-- ShedLock's locks: a scheduled job that must run on one node at a time (the archive's checkpoints,
-- disposal proposals) takes its lock here, so several nodes behind a load balancer do not run it twice.
CREATE TABLE shedlock
(
  name       VARCHAR(64)  NOT NULL,
  lock_until TIMESTAMPTZ  NOT NULL,
  locked_at  TIMESTAMPTZ  NOT NULL,
  locked_by  VARCHAR(255) NOT NULL,
  PRIMARY KEY (name)
);
