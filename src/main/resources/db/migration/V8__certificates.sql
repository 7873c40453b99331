-- Certificates: one row per issue, never edited. Only the revocation and supersession marks are ever set, once;
-- the trigger refuses any other change. A renewal issues a new row that names the one it supersedes.
CREATE SEQUENCE certificate_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE certificate (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    employee_id         BIGINT        NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    achievement_id      VARCHAR(100)  NOT NULL,
    achievement_title   VARCHAR(300)  NOT NULL,
    course_version      VARCHAR(100),
    -- what makes an issue unique per (employee, achievement): the completion, programme, renewal or HR action;
    -- a redelivered event finds its row and issues nothing
    completion_key      VARCHAR(120)  NOT NULL,
    employee_name       VARCHAR(300)  NOT NULL,
    language            VARCHAR(35)   NOT NULL,
    issued_at           DATETIME(6)   NOT NULL,
    issued_by           BIGINT,
    issue_reason        VARCHAR(1000),
    expires_on          DATE,
    verification_code   VARCHAR(40)   NOT NULL,
    supersedes          BIGINT,
    superseded_by       BIGINT,
    revoked_at          DATETIME(6),
    revoked_by          BIGINT,
    revoke_reason       VARCHAR(1000),
    CONSTRAINT fk_certificate_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT uq_certificate_completion UNIQUE (employee_id, achievement_id, completion_key),
    CONSTRAINT uq_certificate_code UNIQUE (verification_code)
);
CREATE INDEX ix_certificate_employee ON certificate (employee_id, issued_at);
-- the daily renewal job looks for live certificates by expiry date
CREATE INDEX ix_certificate_expiry ON certificate (expires_on);

CREATE TRIGGER certificate_facts_fixed BEFORE UPDATE ON certificate FOR EACH ROW
BEGIN
    IF NOT (NEW.employee_id <=> OLD.employee_id AND NEW.kind <=> OLD.kind
            AND NEW.achievement_id <=> OLD.achievement_id AND NEW.achievement_title <=> OLD.achievement_title
            AND NEW.course_version <=> OLD.course_version AND NEW.completion_key <=> OLD.completion_key
            AND NEW.employee_name <=> OLD.employee_name AND NEW.language <=> OLD.language
            AND NEW.issued_at <=> OLD.issued_at AND NEW.issued_by <=> OLD.issued_by
            AND NEW.issue_reason <=> OLD.issue_reason AND NEW.expires_on <=> OLD.expires_on
            AND NEW.verification_code <=> OLD.verification_code AND NEW.supersedes <=> OLD.supersedes)
       OR (OLD.superseded_by IS NOT NULL AND NOT (NEW.superseded_by <=> OLD.superseded_by))
       OR (OLD.revoked_at IS NOT NULL AND NOT (NEW.revoked_at <=> OLD.revoked_at
            AND NEW.revoked_by <=> OLD.revoked_by AND NEW.revoke_reason <=> OLD.revoke_reason)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A certificate is never edited: issue a new one or revoke it';
    END IF;
END;

CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Certificates are kept: revoke instead of deleting';

-- Renewal offers by evidence of practice, one per certificate, signed off (or declined) by a coach.
CREATE SEQUENCE certificate_renewal_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE certificate_renewal (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    certificate_id      BIGINT        NOT NULL,
    employee_id         BIGINT        NOT NULL,
    coach_id            BIGINT        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    offered_at          DATETIME(6)   NOT NULL,
    decided_at          DATETIME(6),
    decision_note       VARCHAR(1000),
    renewed_by          BIGINT,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_certificate_renewal_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT uq_certificate_renewal UNIQUE (certificate_id)
);
CREATE INDEX ix_certificate_renewal_coach ON certificate_renewal (coach_id, status);

-- The Open Badges signing key: one row, created by the first node to start (INSERT IGNORE, then everyone reads it).
CREATE TABLE certificate_issuer_key (
    id                  INT           NOT NULL PRIMARY KEY,
    algorithm           VARCHAR(20)   NOT NULL,
    public_key          VARBINARY(200) NOT NULL,
    private_key         VARBINARY(200) NOT NULL,
    created_at          DATETIME(6)   NOT NULL
);

-- Fixed-window request counters of the public verification page, per hashed client address, shared by all nodes.
CREATE TABLE certificate_verify_rate (
    client_hash         CHAR(64)      NOT NULL,
    window_start        DATETIME      NOT NULL,
    hits                INT           NOT NULL,
    PRIMARY KEY (client_hash, window_start)
);
CREATE INDEX ix_certificate_verify_rate_window ON certificate_verify_rate (window_start);
