-- Profile audits: one row per audit, one per submitted round, the rubric items of each round. open_for holds the
-- employee id while the audit is open, so the database itself refuses a second open audit for the same person.
CREATE SEQUENCE profile_audit_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE profile_audit_round_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE profile_audit (
    id              BIGINT       NOT NULL PRIMARY KEY,
    employee_id     BIGINT       NOT NULL,
    employee_name   VARCHAR(201) NOT NULL,
    employee_locale VARCHAR(35)  NOT NULL,
    open_for        BIGINT,
    coach_id        BIGINT,
    coach_name      VARCHAR(201),
    status          VARCHAR(20)  NOT NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    review_due_at   DATETIME(6),
    escalation_at   DATETIME(6),
    final_score     INT,
    closed_at       DATETIME(6),
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_profile_audit_open UNIQUE (open_for),
    CONSTRAINT fk_profile_audit_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_profile_audit_coach FOREIGN KEY (coach_id) REFERENCES employee (id)
);
CREATE INDEX ix_profile_audit_employee ON profile_audit (employee_id, submitted_at);
CREATE INDEX ix_profile_audit_coach ON profile_audit (coach_id, status, review_due_at);
CREATE INDEX ix_profile_audit_status ON profile_audit (status, review_due_at);

CREATE TABLE profile_audit_round (
    id             BIGINT        NOT NULL PRIMARY KEY,
    audit_id       BIGINT        NOT NULL,
    number         INT           NOT NULL,
    submitted_at   DATETIME(6)   NOT NULL,
    custom_url     VARCHAR(300)  NOT NULL,
    featured_items VARCHAR(2000) NOT NULL,
    follow_primary BOOLEAN       NOT NULL,
    decision       VARCHAR(20),
    decided_at     DATETIME(6),
    CONSTRAINT uk_profile_audit_round UNIQUE (audit_id, number),
    CONSTRAINT fk_profile_audit_round_audit FOREIGN KEY (audit_id) REFERENCES profile_audit (id)
);

CREATE TABLE profile_audit_item (
    round_id           BIGINT        NOT NULL,
    item               VARCHAR(30)   NOT NULL,
    auto_points        INT           NOT NULL,
    auto_max           INT           NOT NULL,
    evidence_key       VARCHAR(80)   NOT NULL,
    evidence_arguments TEXT          NOT NULL,
    coach_max          INT           NOT NULL,
    coach_points       INT,
    coach_comment      VARCHAR(2000),
    PRIMARY KEY (round_id, item),
    CONSTRAINT fk_profile_audit_item_round FOREIGN KEY (round_id) REFERENCES profile_audit_round (id)
);
