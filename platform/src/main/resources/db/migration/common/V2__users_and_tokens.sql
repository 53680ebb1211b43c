-- Users and the credentials that act for them. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE users (
    id            VARCHAR(36)  PRIMARY KEY,
    email         VARCHAR(254) NOT NULL UNIQUE,          -- normalised: trimmed, lower case
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200),                          -- Argon2id PHC string; NULL for token-only accounts
    role          VARCHAR(10)  NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
    plan          VARCHAR(10)  NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro')),
    disabled      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE user_groups (
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_name VARCHAR(50) NOT NULL,
    PRIMARY KEY (user_id, group_name)
);

-- A token is shown once; only its SHA-256 is kept. 256 random bits need no slow hash.
CREATE TABLE api_tokens (
    id           VARCHAR(36) PRIMARY KEY,
    user_id      VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash   CHAR(64)    NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX api_tokens_user ON api_tokens (user_id);
