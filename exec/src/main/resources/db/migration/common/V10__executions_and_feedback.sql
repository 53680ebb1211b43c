-- Live execution's log and the feedback users leave. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

-- One row per program run. The code itself is not kept, only its SHA-256 and size: the log is for history and
-- statistics, not a store of users' programs. Anonymous runs have no user.
CREATE TABLE executions (
    id           VARCHAR(36)  PRIMARY KEY,
    user_id      VARCHAR(36)  REFERENCES users (id) ON DELETE CASCADE,
    language     VARCHAR(20)  NOT NULL,
    code_sha256  CHAR(64)     NOT NULL,
    code_bytes   INTEGER      NOT NULL CHECK (code_bytes >= 0),
    status       VARCHAR(30)  NOT NULL,                -- how the run ended, as the execute API reports it
    exit_code    INTEGER,                              -- NULL when a signal ended it or it never ran
    signal       INTEGER,                              -- the signal that ended it, if one did
    queue_ms     INTEGER      NOT NULL CHECK (queue_ms >= 0),
    compile_ms   INTEGER      CHECK (compile_ms >= 0), -- NULL for interpreted languages and cached builds
    run_ms       INTEGER      NOT NULL CHECK (run_ms >= 0),
    memory_kb    INTEGER      CHECK (memory_kb >= 0),  -- NULL where cgroups could not measure it
    build_cached BOOLEAN      NOT NULL,
    origin       VARCHAR(10)  NOT NULL CHECK (origin IN ('api', 'render')),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX executions_user_created ON executions (user_id, created_at DESC);  -- a user's runs, newest first
CREATE INDEX executions_created ON executions (created_at DESC);                -- admins: everyone's, newest first

-- Ratings and comments, signed in or anonymous. Only admins read them back, so the rows are not user-owned data.
CREATE TABLE feedback (
    id         VARCHAR(36)   PRIMARY KEY,
    user_id    VARCHAR(36)   REFERENCES users (id) ON DELETE CASCADE,
    rating     INTEGER       NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment    VARCHAR(2000),
    context    VARCHAR(4096),                          -- a JSON object, e.g. {"execution_id": "…", "language": "go"}
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX feedback_created ON feedback (created_at DESC);
