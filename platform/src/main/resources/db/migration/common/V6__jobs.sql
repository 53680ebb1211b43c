-- The durable job queue: work that modules hand to background workers on any replica.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode). Rows belong to a user (owner_id) for row-level security;
-- system jobs have none. Workers claim due rows with SELECT … FOR UPDATE SKIP LOCKED and hold them by a lease.
CREATE TABLE jobs (
    id               VARCHAR(36)   PRIMARY KEY,
    queue            VARCHAR(50)   NOT NULL,
    owner_id         VARCHAR(36)   REFERENCES users (id) ON DELETE CASCADE,
    idempotency_key  VARCHAR(200),
    -- SHA-256 of queue, owner and idempotency key: one job per key and owner in a queue. A digest rather than a
    -- unique (queue, owner_id, idempotency_key), because NULL owners (system jobs) would never collide there.
    dedupe_key       CHAR(64)      UNIQUE,
    payload          TEXT          NOT NULL,           -- JSON
    state            VARCHAR(10)   NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'COMPLETE', 'FAILED', 'CANCELLED')),
    progress         DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
    progress_message VARCHAR(200),
    attempts         INTEGER       NOT NULL DEFAULT 0,  -- attempts started, the running one included
    max_attempts     INTEGER       NOT NULL CHECK (max_attempts >= 1),
    run_after        TIMESTAMP WITH TIME ZONE NOT NULL, -- not claimed before then (scheduling, retry backoff)
    lease_owner      VARCHAR(100),                      -- the worker running it
    lease_expires_at TIMESTAMP WITH TIME ZONE,          -- after this, any replica may take it back
    cancel_requested BOOLEAN       NOT NULL DEFAULT FALSE,
    result           TEXT,                              -- JSON
    error            VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,          -- start of the latest attempt
    finished_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX jobs_claim ON jobs (queue, state, run_after);        -- workers: due jobs of a queue
CREATE INDEX jobs_lease ON jobs (state, lease_expires_at);        -- reaper: lapsed leases; depth counts
CREATE INDEX jobs_state_updated ON jobs (state, updated_at);      -- purge by state and age
CREATE INDEX jobs_owner_created ON jobs (owner_id, created_at);   -- a user's jobs, newest first
