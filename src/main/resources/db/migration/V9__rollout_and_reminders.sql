-- Issue 7 part A: HRIS import, programme rollout in waves, e-mail digests of notifications.

-- The HRIS's own employee id: the key an import matches on, so a changed e-mail never creates a second person.
ALTER TABLE employee ADD COLUMN external_id VARCHAR(64);
ALTER TABLE employee ADD CONSTRAINT uk_employee_external_id UNIQUE (external_id);

-- Waves of the programme rollout: who (departments, countries, a list), what (courses, the coaching programme),
-- by when. Members are fixed at launch in wave_member so progress and reminders page through them.
CREATE SEQUENCE wave_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE wave (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    name               VARCHAR(120)  NOT NULL,
    objective          VARCHAR(2000),
    state              VARCHAR(12)   NOT NULL,
    due_date           DATE,
    coaching_programme BOOLEAN       NOT NULL,
    created_by         BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    launched_by        BIGINT,
    launched_at        DATETIME(6),
    version            BIGINT        NOT NULL
);
CREATE INDEX ix_wave_created ON wave (created_at);

CREATE TABLE wave_course (
    wave_id   BIGINT      NOT NULL,
    course_id VARCHAR(80) NOT NULL,
    PRIMARY KEY (wave_id, course_id),
    CONSTRAINT fk_wave_course_wave FOREIGN KEY (wave_id) REFERENCES wave (id) ON DELETE CASCADE
);

CREATE TABLE wave_department (
    wave_id       BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    PRIMARY KEY (wave_id, department_id),
    CONSTRAINT fk_wave_department_wave FOREIGN KEY (wave_id) REFERENCES wave (id) ON DELETE CASCADE,
    CONSTRAINT fk_wave_department_department FOREIGN KEY (department_id) REFERENCES department (id)
);

CREATE TABLE wave_country (
    wave_id      BIGINT  NOT NULL,
    country_code CHAR(2) NOT NULL,
    PRIMARY KEY (wave_id, country_code),
    CONSTRAINT fk_wave_country_wave FOREIGN KEY (wave_id) REFERENCES wave (id) ON DELETE CASCADE
);

-- people named one by one (pasted e-mails or HRIS ids), kept apart from the members fixed at launch
CREATE TABLE wave_listed (
    wave_id     BIGINT NOT NULL,
    employee_id BIGINT NOT NULL,
    PRIMARY KEY (wave_id, employee_id),
    CONSTRAINT fk_wave_listed_wave FOREIGN KEY (wave_id) REFERENCES wave (id) ON DELETE CASCADE,
    CONSTRAINT fk_wave_listed_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE TABLE wave_member (
    wave_id     BIGINT NOT NULL,
    employee_id BIGINT NOT NULL,
    PRIMARY KEY (wave_id, employee_id),
    CONSTRAINT fk_wave_member_wave FOREIGN KEY (wave_id) REFERENCES wave (id) ON DELETE CASCADE,
    CONSTRAINT fk_wave_member_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

-- an assignment may be due; self-enrolments are not
ALTER TABLE enrolment ADD COLUMN due_date DATE;
CREATE INDEX ix_enrolment_due ON enrolment (due_date, completed_at);
CREATE INDEX ix_enrolment_open_activity ON enrolment (completed_at, last_activity_at);

-- E-mail digest: which notifications went out by mail, and when each person last got a digest.
ALTER TABLE notification ADD COLUMN emailed_at DATETIME(6);
-- what was there before the e-mail channel existed is not mailed in one heap on the first digest
UPDATE notification SET emailed_at = created_at;
CREATE INDEX ix_notification_unmailed ON notification (emailed_at, recipient_id);

CREATE TABLE notification_mailbox (
    recipient_id      BIGINT      NOT NULL PRIMARY KEY,
    email_digest      BOOLEAN     NOT NULL,
    last_digest_at    DATETIME(6),
    CONSTRAINT fk_notification_mailbox_recipient FOREIGN KEY (recipient_id) REFERENCES employee (id)
);
