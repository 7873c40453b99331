-- Course versions (content hashes of the courses/ folders) and learners' progress, keyed by stable lesson and
-- task ids so that editing a course never wipes anyone's progress.

CREATE SEQUENCE course_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE course_version (
    id            BIGINT       NOT NULL PRIMARY KEY,
    course_id     VARCHAR(80)  NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    version_label VARCHAR(80)  NOT NULL,
    lesson_ids    TEXT         NOT NULL,
    detected_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_course_version_hash UNIQUE (course_id, content_hash)
);

CREATE SEQUENCE enrolment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE enrolment (
    id                   BIGINT      NOT NULL PRIMARY KEY,
    employee_id          BIGINT      NOT NULL,
    course_id            VARCHAR(80) NOT NULL,
    enrolled_at          DATETIME(6) NOT NULL,
    enrolled_by          BIGINT,
    completed_at         DATETIME(6),
    completed_version    CHAR(64),
    last_activity_at     DATETIME(6) NOT NULL,
    version              BIGINT      NOT NULL,
    CONSTRAINT uk_enrolment_employee_course UNIQUE (employee_id, course_id),
    CONSTRAINT fk_enrolment_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);
-- HR follows completion per course; "My learning" lists a person's enrolments by recent activity
CREATE INDEX ix_enrolment_course ON enrolment (course_id, completed_at);
CREATE INDEX ix_enrolment_employee_activity ON enrolment (employee_id, last_activity_at);

CREATE TABLE lesson_completion (
    enrolment_id BIGINT      NOT NULL,
    lesson_id    VARCHAR(80) NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id),
    CONSTRAINT fk_lesson_completion_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

CREATE SEQUENCE quiz_attempt_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE quiz_attempt (
    id            BIGINT      NOT NULL PRIMARY KEY,
    enrolment_id  BIGINT      NOT NULL,
    lesson_id     VARCHAR(80) NOT NULL,
    score_percent INT         NOT NULL,
    pass_mark     INT         NOT NULL,
    passed        BOOLEAN     NOT NULL,
    answers       TEXT        NOT NULL,
    content_hash  CHAR(64)    NOT NULL,
    attempted_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
CREATE INDEX ix_quiz_attempt_enrolment ON quiz_attempt (enrolment_id, lesson_id, attempted_at);

CREATE SEQUENCE practice_completion_seq START WITH 1 INCREMENT BY 50;

-- a practice task done: by the learner's own submission (kept in their portfolio) or by evidence another module
-- reported (imported activity, an audit, an attestation)
CREATE TABLE practice_completion (
    id           BIGINT       NOT NULL PRIMARY KEY,
    enrolment_id BIGINT       NOT NULL,
    task_id      VARCHAR(80)  NOT NULL,
    completed_by VARCHAR(20)  NOT NULL,
    evidence     VARCHAR(40),
    submission   TEXT,
    completed_at DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_practice_completion UNIQUE (enrolment_id, task_id),
    CONSTRAINT fk_practice_completion_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
