-- Policy attestations are append-only: who attested which version of which policy, with the SHA-256 of the exact
-- text shown, the language, the course version and quiz score behind it, the roles and department at signing and
-- the renewal date. The triggers refuse every UPDATE and DELETE, whatever the application does.
CREATE SEQUENCE policy_attestation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE policy_attestation (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    employee_id         BIGINT       NOT NULL,
    policy_id           VARCHAR(80)  NOT NULL,
    policy_version      VARCHAR(80)  NOT NULL,
    text_sha256         CHAR(64)     NOT NULL,
    locale              VARCHAR(35)  NOT NULL,
    course_version      CHAR(64),
    quiz_score          INT,
    roles_at_signing    VARCHAR(200) NOT NULL,
    department_id       BIGINT,
    department_name     VARCHAR(120),
    attested_at         DATETIME(6)  NOT NULL,
    renewal_due         DATE         NOT NULL,
    CONSTRAINT fk_policy_attestation_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);
CREATE INDEX ix_policy_attestation_employee ON policy_attestation (employee_id, policy_id, attested_at);
-- coverage per version and department
CREATE INDEX ix_policy_attestation_version ON policy_attestation (policy_id, policy_version, department_id);

CREATE TRIGGER policy_attestation_no_update BEFORE UPDATE ON policy_attestation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Policy attestations are append-only: they cannot be changed';

CREATE TRIGGER policy_attestation_no_delete BEFORE DELETE ON policy_attestation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Policy attestations are append-only: they cannot be deleted';
