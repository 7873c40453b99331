-- Reporting read models, kept from other modules' events (never written by those modules, never joined with their
-- tables). Every listener sets facts (upserts on natural keys, counts recomputed from the rows below), so an event
-- delivered twice changes nothing. No foreign keys: reporting does not reach into other modules' tables.

-- one narrow row per person: the dashboard's GROUP BYs run over at most one row per employee
CREATE TABLE reporting_employee (
    employee_id       BIGINT       NOT NULL PRIMARY KEY,
    full_name         VARCHAR(201) NOT NULL,
    department_id     BIGINT,
    department_name   VARCHAR(120),
    country_code      CHAR(2)      NOT NULL,
    -- the wave/cohort a person was launched in; filled once people publishes its wave events (null until then)
    cohort_id         BIGINT,
    cohort_name       VARCHAR(120),
    active            BOOLEAN      NOT NULL,
    courses_assigned  INT          NOT NULL DEFAULT 0,
    courses_started   INT          NOT NULL DEFAULT 0,
    courses_completed INT          NOT NULL DEFAULT 0,
    first_enrolled_at DATETIME(6),
    last_enrolled_at  DATETIME(6),
    next_due_date     DATE,
    audit_score       INT,
    audit_approved_at DATETIME(6),
    sli_total         INT,
    sli_band          VARCHAR(16),
    -- valid (not revoked, not superseded) certificates; validity until the latest expiry, 9999-12-31 for none
    certificates      INT          NOT NULL DEFAULT 0,
    certified_until   DATE,
    next_expiry       DATE,
    updated_at        DATETIME(6)  NOT NULL
);

-- the funnel and distributions filter by one dimension and count flags: each index covers its query
CREATE INDEX ix_reporting_employee_funnel ON reporting_employee
    (active, courses_assigned, courses_started, courses_completed, audit_approved_at, certified_until);
CREATE INDEX ix_reporting_employee_department ON reporting_employee
    (department_id, active, courses_assigned, courses_started, courses_completed, audit_approved_at, certified_until);
CREATE INDEX ix_reporting_employee_country ON reporting_employee
    (country_code, active, courses_assigned, courses_started, courses_completed, audit_approved_at, certified_until);
CREATE INDEX ix_reporting_employee_cohort ON reporting_employee
    (cohort_id, cohort_name, active, courses_assigned, courses_started, courses_completed, audit_approved_at, certified_until);
CREATE INDEX ix_reporting_employee_audit ON reporting_employee (active, audit_score, department_id, country_code, cohort_id);
CREATE INDEX ix_reporting_employee_sli ON reporting_employee (active, sli_band, department_id, country_code, cohort_id);
CREATE INDEX ix_reporting_employee_name ON reporting_employee (full_name, employee_id);

-- one row per enrolment (assignment), for "My team" and the per-person course counts
CREATE TABLE reporting_enrolment (
    employee_id  BIGINT      NOT NULL,
    course_id    VARCHAR(80) NOT NULL,
    enrolled_at  DATETIME(6),
    assigned     BOOLEAN     NOT NULL DEFAULT FALSE,
    due_date     DATE,
    started_at   DATETIME(6),
    completed_at DATETIME(6),
    PRIMARY KEY (employee_id, course_id)
);

-- one row per certificate
CREATE TABLE reporting_certificate (
    certificate_id BIGINT      NOT NULL PRIMARY KEY,
    employee_id    BIGINT      NOT NULL,
    achievement_id VARCHAR(80) NOT NULL,
    issued_at      DATETIME(6) NOT NULL,
    expires_on     DATE,
    revoked_at     DATETIME(6),
    superseded     BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_reporting_certificate_employee ON reporting_certificate (employee_id);
CREATE INDEX ix_reporting_certificate_expiry ON reporting_certificate (expires_on, revoked_at, superseded, employee_id);

-- the latest version of each policy a person attested, with the person's dimensions copied in (kept in step by
-- the listeners) so that coverage is one covering-index count without a join
CREATE TABLE reporting_attestation (
    employee_id    BIGINT      NOT NULL,
    policy_id      VARCHAR(80) NOT NULL,
    policy_version VARCHAR(80) NOT NULL,
    attested_at    DATETIME(6) NOT NULL,
    department_id  BIGINT,
    country_code   CHAR(2)     NOT NULL,
    cohort_id      BIGINT,
    active         BOOLEAN     NOT NULL,
    PRIMARY KEY (employee_id, policy_id)
);
CREATE INDEX ix_reporting_attestation_policy ON reporting_attestation
    (policy_id, policy_version, active, department_id, country_code, cohort_id);

-- the ISO weeks (their Monday) in which a person was active: at least one original unit or three substantive
-- comments; rewritten for the index window on every import, older weeks stay as history for the trend. The
-- person's dimensions are copied in so that each filter of the trend reads one index range.
CREATE TABLE reporting_active_week (
    employee_id   BIGINT  NOT NULL,
    week_start    DATE    NOT NULL,
    department_id BIGINT,
    country_code  CHAR(2) NOT NULL,
    cohort_id     BIGINT,
    PRIMARY KEY (employee_id, week_start)
);
CREATE INDEX ix_reporting_active_week_week ON reporting_active_week (week_start);
CREATE INDEX ix_reporting_active_week_department ON reporting_active_week (department_id, week_start);
CREATE INDEX ix_reporting_active_week_country ON reporting_active_week (country_code, week_start);
CREATE INDEX ix_reporting_active_week_cohort ON reporting_active_week (cohort_id, week_start);

-- The dashboard's counts per smallest group (department × country × cohort of active people), recomputed from
-- reporting_employee for the person's group whenever their row changes (a set, never an increment), so the funnel,
-- breakdowns and distributions sum a few hundred rows instead of scanning every person. "Certified" depends on the
-- date: rows computed on an earlier day are recomputed on the first read of the day.
CREATE TABLE reporting_group_figures (
    group_key     VARCHAR(60) NOT NULL PRIMARY KEY,
    department_id BIGINT,
    country_code  CHAR(2)     NOT NULL,
    cohort_id     BIGINT,
    population    INT         NOT NULL,
    assigned      INT         NOT NULL,
    started       INT         NOT NULL,
    completed     INT         NOT NULL,
    approved      INT         NOT NULL,
    certified     INT         NOT NULL,
    score_0       INT         NOT NULL,
    score_10      INT         NOT NULL,
    score_20      INT         NOT NULL,
    score_30      INT         NOT NULL,
    score_40      INT         NOT NULL,
    score_50      INT         NOT NULL,
    score_60      INT         NOT NULL,
    score_70      INT         NOT NULL,
    score_80      INT         NOT NULL,
    score_90      INT         NOT NULL,
    band_starting INT         NOT NULL,
    band_building INT         NOT NULL,
    band_leading  INT         NOT NULL,
    computed_on   DATE        NOT NULL
);
CREATE INDEX ix_reporting_group_figures_department ON reporting_group_figures (department_id);
CREATE INDEX ix_reporting_group_figures_country ON reporting_group_figures (country_code);
CREATE INDEX ix_reporting_group_figures_cohort ON reporting_group_figures (cohort_id);

-- Attestations per smallest group, policy and version (active people only), kept like reporting_group_figures.
CREATE TABLE reporting_group_attestation (
    group_key      VARCHAR(60) NOT NULL,
    department_id  BIGINT,
    country_code   CHAR(2)     NOT NULL,
    cohort_id      BIGINT,
    policy_id      VARCHAR(80) NOT NULL,
    policy_version VARCHAR(80) NOT NULL,
    attested       INT         NOT NULL,
    PRIMARY KEY (group_key, policy_id, policy_version)
);
CREATE INDEX ix_reporting_group_attestation_policy ON reporting_group_attestation (policy_id, policy_version);

-- Active people per smallest group and ISO week (from reporting_active_week), recomputed for a person's group and the
-- weeks of the window after each of their imports, and for all weeks when they change group.
CREATE TABLE reporting_group_week (
    group_key     VARCHAR(60) NOT NULL,
    department_id BIGINT,
    country_code  CHAR(2)     NOT NULL,
    cohort_id     BIGINT,
    week_start    DATE        NOT NULL,
    active        INT         NOT NULL,
    PRIMARY KEY (group_key, week_start)
);
CREATE INDEX ix_reporting_group_week_week ON reporting_group_week (week_start);
CREATE INDEX ix_reporting_group_week_department ON reporting_group_week (department_id, week_start);
CREATE INDEX ix_reporting_group_week_country ON reporting_group_week (country_code, week_start);
CREATE INDEX ix_reporting_group_week_cohort ON reporting_group_week (cohort_id, week_start);
