-- In-app notifications. A reminder's dedup key makes it unique per recipient, so timers that fire again or run on
-- several nodes never send it twice.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notification (
    id           BIGINT       NOT NULL PRIMARY KEY,
    recipient_id BIGINT       NOT NULL,
    message_key  VARCHAR(120) NOT NULL,
    arguments    TEXT         NOT NULL,
    link         VARCHAR(300),
    dedup_key    VARCHAR(160),
    created_at   DATETIME(6)  NOT NULL,
    read_at      DATETIME(6),
    CONSTRAINT uk_notification_dedup UNIQUE (recipient_id, dedup_key),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES employee (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);
