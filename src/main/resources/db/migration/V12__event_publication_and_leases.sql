-- Durable module events: Spring Modulith's event publication registry (its JDBC schema v2 for MariaDB, created here
-- instead of by Modulith so Flyway owns every table). One row per event and listener, written in the publishing
-- transaction; COMPLETION_DATE is set when the listener has run. Incomplete rows are resubmitted, completed ones
-- deleted after podium.events.keep-completed. Upper case: the registry's SQL names the table so, and MariaDB on
-- Linux compares table names case-sensitively. DATETIME rather than TIMESTAMP: MariaDB would give a first NOT NULL
-- TIMESTAMP column ON UPDATE CURRENT_TIMESTAMP, moving the publication date at every status change.
CREATE TABLE EVENT_PUBLICATION
(
    ID                     VARCHAR(36)   NOT NULL,
    LISTENER_ID            VARCHAR(512)  NOT NULL,
    EVENT_TYPE             VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE       DATETIME(6)   NOT NULL,
    COMPLETION_DATE        DATETIME(6)   NULL DEFAULT NULL,
    STATUS                 VARCHAR(20),
    COMPLETION_ATTEMPTS    INT,
    LAST_RESUBMISSION_DATE DATETIME(6)   NULL DEFAULT NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE),
    INDEX EVENT_PUBLICATION_BY_STATUS_IDX (STATUS, PUBLICATION_DATE)
);

-- Cluster-wide leases (ClusterLock): work that must run on one node at a time holds the row of its name until
-- expires_at. Taken and renewed by one conditional UPDATE whose affected-row count says who won; this works on a
-- single server and on Galera (where GET_LOCK is local to one node). IF NOT EXISTS: the lease that serialises
-- Flyway's own migration between nodes creates it first (MigrationLock).
CREATE TABLE IF NOT EXISTS cluster_lease
(
    name        VARCHAR(100) NOT NULL,
    owner       VARCHAR(200) NOT NULL,
    acquired_at DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
);
