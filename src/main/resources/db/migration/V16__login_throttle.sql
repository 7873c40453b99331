-- Failed sign-ins per client and per account from one client, shared by all nodes. A stranger's failures lock an
-- account only for the stranger's own address, so nobody can keep someone else locked out; a client that fails
-- often is slowed down whatever account it tries. Subjects are SHA-256 hashes (no addresses stored in clear).
CREATE TABLE login_throttle (
    subject             CHAR(64)      NOT NULL PRIMARY KEY,
    -- the account whose sign-in from one client this row counts; NULL for a client's own count or unknown names
    account_id          BIGINT,
    failures            INT           NOT NULL,
    blocked_until       DATETIME(6),
    last_failure_at     DATETIME(6)   NOT NULL
);
CREATE INDEX ix_login_throttle_account ON login_throttle (account_id);
CREATE INDEX ix_login_throttle_last_failure ON login_throttle (last_failure_at);
