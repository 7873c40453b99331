-- Day-one sign-in: one-time links (invitations and password resets) and the reset request limit.

CREATE SEQUENCE sign_in_link_seq START WITH 1 INCREMENT BY 50;

-- Only the SHA-256 of a link's token is kept: a copy of the table signs nobody in.
CREATE TABLE sign_in_link (
    id            BIGINT      NOT NULL PRIMARY KEY,
    account_id    BIGINT      NOT NULL,
    purpose       VARCHAR(12) NOT NULL,
    token_hash    CHAR(64)    NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    expires_at    DATETIME(6) NOT NULL,
    used_at       DATETIME(6),
    -- a newer link of the same purpose was sent; this one no longer works
    superseded_at DATETIME(6),
    version       BIGINT      NOT NULL,
    CONSTRAINT uk_sign_in_link_token UNIQUE (token_hash),
    CONSTRAINT fk_sign_in_link_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE INDEX ix_sign_in_link_account ON sign_in_link (account_id, purpose, used_at);

-- when HR last invited the person (the grid shows it next to whether they have signed in)
ALTER TABLE user_account ADD COLUMN invited_at DATETIME(6);

-- Forgotten-password requests per address and per client, counted in fixed windows in the database so the limit
-- holds on every node. Keys are SHA-256 hashes, so the table shows no address in plain text.
CREATE TABLE sign_in_request_rate (
    key_hash     CHAR(64) NOT NULL,
    window_start DATETIME NOT NULL,
    hits         INT      NOT NULL,
    PRIMARY KEY (key_hash, window_start)
);

CREATE INDEX ix_sign_in_request_rate_window ON sign_in_request_rate (window_start);
