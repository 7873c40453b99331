-- Coaching programmes. Milestones are kept per employee as they happen (also before any programme starts), so a new
-- programme skips what is already done. A programme's stage mirrors where its coachingProgramme process waits.
CREATE SEQUENCE coaching_milestone_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE coaching_milestone (
    id          BIGINT      NOT NULL PRIMARY KEY,
    employee_id BIGINT      NOT NULL,
    milestone   VARCHAR(40) NOT NULL,
    reached_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_coaching_milestone UNIQUE (employee_id, milestone),
    CONSTRAINT fk_coaching_milestone_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE SEQUENCE coaching_programme_seq START WITH 1 INCREMENT BY 50;

-- open_employee_id equals employee_id while the programme is open and is NULL afterwards: the unique key then allows
-- one open programme per employee (MariaDB lets several rows hold NULL) and any number of closed ones.
CREATE TABLE coaching_programme (
    id                BIGINT       NOT NULL PRIMARY KEY,
    employee_id       BIGINT       NOT NULL,
    open_employee_id  BIGINT,
    participant_name  VARCHAR(201) NOT NULL,
    coach_id          BIGINT       NOT NULL,
    coach_name        VARCHAR(201) NOT NULL,
    stage             VARCHAR(30)  NOT NULL,
    started_at        DATETIME(6)  NOT NULL,
    last_progress_at  DATETIME(6)  NOT NULL,
    topics_agreed_at  DATETIME(6),
    practice_started_at DATETIME(6),
    practice_periods  INT          NOT NULL,
    goal_met_at       DATETIME(6),
    midpoint_notes    TEXT,
    final_notes       TEXT,
    closed_at         DATETIME(6),
    version           BIGINT       NOT NULL,
    CONSTRAINT uk_coaching_programme_open UNIQUE (open_employee_id),
    CONSTRAINT fk_coaching_programme_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_coaching_programme_coach FOREIGN KEY (coach_id) REFERENCES employee (id)
);
CREATE INDEX ix_coaching_programme_coach ON coaching_programme (coach_id, closed_at);
CREATE INDEX ix_coaching_programme_started ON coaching_programme (started_at, id);
