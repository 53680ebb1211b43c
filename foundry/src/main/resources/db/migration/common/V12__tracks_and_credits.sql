-- SoundFoundry: tracks made from prompts, and the credits that pay for them. Portable SQL (PostgreSQL and H2 in
-- PostgreSQL mode).

-- One row per track asked for. The audio itself is in blob storage under tracks/{id}…; the row says what was asked,
-- what was made, and where the job is.
CREATE TABLE tracks (
    id                 VARCHAR(36)    PRIMARY KEY,
    owner_id           VARCHAR(36)    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idempotency_key    VARCHAR(200),                       -- the client's Idempotency-Key: one track per key and user
    job_id             VARCHAR(36),                        -- NULL only between the insert and the enqueue
    prompt             VARCHAR(1000)  NOT NULL,
    duration_s         DOUBLE PRECISION NOT NULL CHECK (duration_s > 0),
    has_vocals         BOOLEAN        NOT NULL,
    seed               BIGINT         NOT NULL,
    requested_provider VARCHAR(20),                        -- the provider the request named, if any
    provider           VARCHAR(20),                        -- the provider that made it
    status             VARCHAR(12)    NOT NULL CHECK (status IN ('QUEUED', 'RENDERING', 'COMPLETE', 'FAILED')),
    credits            BIGINT         NOT NULL CHECK (credits >= 0),
    attempts           VARCHAR(8000),                      -- JSON array: the providers tried, in order, and how each ended
    details            VARCHAR(4000),                      -- JSON object: what the provider reports (tempo, key, model…)
    stems              VARCHAR(1000),                      -- JSON array of stem names
    audio_seconds      DOUBLE PRECISION,                   -- the length of the stored audio
    loudness_lufs      DOUBLE PRECISION,                   -- its integrated loudness (NULL for silence)
    true_peak_dbtp     DOUBLE PRECISION,
    error              VARCHAR(2000),                      -- why it failed, safe to show its owner
    error_status       INTEGER,                            -- the HTTP status that failure maps to (e.g. 422)
    refunded           BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT tracks_idempotency UNIQUE (owner_id, idempotency_key)
);

CREATE INDEX tracks_owner_created ON tracks (owner_id, created_at DESC, id DESC);  -- a user's tracks, newest first
CREATE INDEX tracks_job ON tracks (job_id);
CREATE INDEX tracks_unfinished ON tracks (status, updated_at);                   -- the sweeper's unfinished tracks

-- Each user's balance, opened with the sign-up grant on first use. The CHECK makes an overdraft impossible even
-- for two charges racing each other.
CREATE TABLE credit_accounts (
    owner_id   VARCHAR(36) PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    balance    BIGINT      NOT NULL CHECK (balance >= 0),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every change of a balance, append-only. entry_key makes each change happen once: 'grant', 'charge:{track}',
-- 'refund:{track}', 'adjust:{uuid}'.
CREATE TABLE credit_entries (
    id         VARCHAR(36)  PRIMARY KEY,
    owner_id   VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entry_key  VARCHAR(100) NOT NULL,
    amount     BIGINT       NOT NULL,                      -- positive: credits in; negative: credits spent
    reason     VARCHAR(10)  NOT NULL CHECK (reason IN ('grant', 'charge', 'refund', 'adjust')),
    track_id   VARCHAR(36),
    balance    BIGINT       NOT NULL,                      -- the balance after this entry
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT credit_entries_once UNIQUE (owner_id, entry_key)
);

CREATE INDEX credit_entries_owner_created ON credit_entries (owner_id, created_at DESC, id DESC);
