-- The access log (HR's audit log): who did what to which person's or group's data, when and from which node.
-- Append-only: the triggers refuse every UPDATE, and every DELETE except the retention purge's. The purge sets the
-- session variable @access_log_purge_before to its cut-off on its own connection, deletes, and clears it; the trigger
-- lets a DELETE through only for a row recorded before that cut-off. So a stray DELETE (application code, a console
-- session) fails, and even the purge cannot remove a row younger than the cut-off it declared. A session variable
-- rather than a retention period stored in the database: the period is configuration (podium.access-log.retention)
-- and the application's clock, not the database's, says what "now" is. (Whoever may drop triggers may do anything;
-- these guard against mistakes and the application, as for policy attestations.) Triggers fire where the statement
-- runs; Galera replicates the rows, not the statements, so the guard holds on every node.
CREATE TABLE access_log (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recorded_at     DATETIME(6)   NOT NULL,
    actor_id        BIGINT,
    actor_name      VARCHAR(200)  NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    person_id       BIGINT,
    group_name      VARCHAR(300),
    detail          VARCHAR(1000) NOT NULL,
    node            VARCHAR(150)  NOT NULL
);
CREATE INDEX ix_access_log_recorded ON access_log (recorded_at, id);
CREATE INDEX ix_access_log_person ON access_log (person_id, recorded_at);
CREATE INDEX ix_access_log_actor ON access_log (actor_id, recorded_at);
CREATE INDEX ix_access_log_action ON access_log (action, recorded_at);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The access log is append-only: its rows cannot be changed';

CREATE TRIGGER access_log_purge_only BEFORE DELETE ON access_log FOR EACH ROW
BEGIN
    IF @access_log_purge_before IS NULL OR NOT (OLD.recorded_at < @access_log_purge_before) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The access log is append-only: only rows past retention can be purged';
    END IF;
END;
