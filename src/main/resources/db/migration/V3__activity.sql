-- Posting activity imported from LinkedIn, Mastodon, RSS/Atom and X archives, the employee's voice topics and the
-- latest Social Leadership Index per employee. employee_id has no foreign key: the activity module does not reach
-- into the people module's tables. Texts are utf8mb4 whatever the server's default (posts carry emoji).

CREATE SEQUENCE activity_import_seq START WITH 1 INCREMENT BY 50;

-- one row per confirmed import, per upload refused on bad input (REJECTED, with the reason's key) and per import that
-- failed on our side (FAILED)
CREATE TABLE activity_import (
    id           BIGINT       NOT NULL PRIMARY KEY,
    employee_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    source       VARCHAR(16),
    status       VARCHAR(16)  NOT NULL,
    items_read   INT          NOT NULL,
    items_added  INT          NOT NULL,
    message_key  VARCHAR(120),
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_activity_import_employee ON activity_import (employee_id, finished_at);

-- The import writes items with JDBC batches and takes ids a thousand at a time (one round trip per chunk of
-- 1,000 rows); Hibernate only reads this table.
CREATE SEQUENCE activity_item_seq START WITH 1 INCREMENT BY 1000;

CREATE TABLE activity_item (
    id              BIGINT        NOT NULL PRIMARY KEY,
    employee_id     BIGINT        NOT NULL,
    source          VARCHAR(16)   NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    -- share URN, comment link + date, status id, feed guid …: compared byte for byte, as the source wrote it
    natural_key     VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    text            MEDIUMTEXT,
    link            VARCHAR(2048),
    shared_url      VARCHAR(2048),
    in_reply_to     VARCHAR(2048),
    reaction_type   VARCHAR(64),
    classification  VARCHAR(24)   NOT NULL,
    word_count      INT           NOT NULL,
    company_content BOOLEAN       NOT NULL,
    -- the import that first brought the item; no foreign key, so the batch insert checks one index less
    import_id       BIGINT        NOT NULL,
    -- re-importing a (newer, full-history) archive adds only what is new
    CONSTRAINT uk_activity_item_natural_key UNIQUE (employee_id, source, natural_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the index window (12 weeks) and the employee's own list read by person and time
CREATE INDEX ix_activity_item_employee_time ON activity_item (employee_id, occurred_at);

CREATE SEQUENCE voice_topic_seq START WITH 1 INCREMENT BY 50;

-- the 3–5 topics an employee wants to be known for; keywords and hashtags one per line
CREATE TABLE voice_topic (
    id          BIGINT        NOT NULL PRIMARY KEY,
    employee_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    label       VARCHAR(60)   NOT NULL,
    keywords    VARCHAR(2000) NOT NULL,
    hashtags    VARCHAR(2000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_voice_topic_position UNIQUE (employee_id, position)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the latest index per employee, for HR's group aggregates (never ranked per person)
CREATE TABLE social_leadership_index (
    employee_id        BIGINT      NOT NULL PRIMARY KEY,
    total              INT         NOT NULL,
    originality        INT         NOT NULL,
    consistency        INT         NOT NULL,
    engagement_quality INT         NOT NULL,
    topical_focus      INT         NOT NULL,
    band               VARCHAR(16) NOT NULL,
    window_start       DATE        NOT NULL,
    window_end         DATE        NOT NULL,
    computed_at        DATETIME(6) NOT NULL,
    version            BIGINT      NOT NULL
);

CREATE INDEX ix_social_leadership_index_band ON social_leadership_index (band, total);
