-- People and their accounts. Sequences step by 50 to match Hibernate's pooled allocation (batched inserts).

CREATE SEQUENCE department_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE department (
    id           BIGINT       NOT NULL PRIMARY KEY,
    name         VARCHAR(120) NOT NULL,
    country_code CHAR(2)      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_department_name_country UNIQUE (name, country_code)
);

CREATE SEQUENCE employee_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE employee (
    id               BIGINT       NOT NULL PRIMARY KEY,
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    job_title        VARCHAR(150),
    department_id    BIGINT,
    country_code     CHAR(2)      NOT NULL,
    line_manager_id  BIGINT,
    preferred_locale VARCHAR(35)  NOT NULL,
    active           BOOLEAN      NOT NULL,
    deactivated_at   DATETIME(6),
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_employee_email UNIQUE (email),
    CONSTRAINT fk_employee_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_employee_line_manager FOREIGN KEY (line_manager_id) REFERENCES employee (id)
);

-- the employee grid sorts by name and filters by name prefix, department and status at 100k rows
CREATE INDEX ix_employee_last_first ON employee (last_name, first_name, id);
CREATE INDEX ix_employee_first_name ON employee (first_name);
CREATE INDEX ix_employee_department ON employee (department_id, last_name);
CREATE INDEX ix_employee_line_manager ON employee (line_manager_id, active);
CREATE INDEX ix_employee_active ON employee (active, last_name);
CREATE INDEX ix_employee_country ON employee (country_code, id);

CREATE SEQUENCE user_account_seq START WITH 1 INCREMENT BY 50;

-- employee_id deliberately has no foreign key: security does not reach into the people module's tables
CREATE TABLE user_account (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    employee_id         BIGINT       NOT NULL,
    username            VARCHAR(254) NOT NULL,
    display_name        VARCHAR(201) NOT NULL,
    password_hash       VARCHAR(200),
    enabled             BOOLEAN      NOT NULL,
    failed_attempts     INT          NOT NULL,
    locked_until        DATETIME(6),
    session_version     INT          NOT NULL,
    locale              VARCHAR(35)  NOT NULL,
    color_scheme        VARCHAR(10)  NOT NULL,
    demo                BOOLEAN      NOT NULL,
    -- set when HR hands out a password: the person must choose their own before anything else
    password_change_required BOOLEAN NOT NULL,
    password_changed_at DATETIME(6),
    last_login_at       DATETIME(6),
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uk_user_account_employee UNIQUE (employee_id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE INDEX ix_user_account_demo ON user_account (demo, enabled);

CREATE TABLE user_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE INDEX ix_user_account_role_role ON user_account_role (role);
