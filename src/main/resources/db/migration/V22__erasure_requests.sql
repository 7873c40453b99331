-- HR's requests to erase a person's personal data now. With podium.privacy.erasure.second-approval a request waits
-- (PENDING) until another HR administrator approves or rejects it; without, it is stored already ERASED, so every
-- erasure on request leaves who asked, who approved, when and why. The reason is HR's own text about the request.
CREATE TABLE erasure_request (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_id   BIGINT        NOT NULL,
    requested_by  BIGINT        NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    requested_at  DATETIME(6)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    decided_by    BIGINT,
    decided_at    DATETIME(6),
    CONSTRAINT fk_erasure_request_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_erasure_request_requester FOREIGN KEY (requested_by) REFERENCES employee (id),
    CONSTRAINT fk_erasure_request_decider FOREIGN KEY (decided_by) REFERENCES employee (id)
);
CREATE INDEX ix_erasure_request_status ON erasure_request (status, requested_at);
CREATE INDEX ix_erasure_request_employee ON erasure_request (employee_id, status);
