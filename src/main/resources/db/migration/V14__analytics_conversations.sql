-- LinkedIn's analytics export (.xlsx): what others did with a person's posts (impressions, engagements, comments and
-- reposts received, followers gained). Keyed on natural keys (the post's URN, the day), so importing a newer export
-- of an overlapping period updates the figures instead of duplicating them. No foreign keys to people (see V3).

CREATE SEQUENCE activity_analytics_import_seq START WITH 1 INCREMENT BY 50;

-- one row per confirmed import, per upload refused on bad input (REJECTED) and per import that failed on our side;
-- a completed import keeps the export's overall figures (DISCOVERY, the follower total)
CREATE TABLE activity_analytics_import (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    employee_id        BIGINT       NOT NULL,
    file_name          VARCHAR(255) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    rows_read          INT          NOT NULL,
    posts_added        INT          NOT NULL,
    message_key        VARCHAR(120),
    period_start       DATE,
    period_end         DATE,
    impressions        INT,
    members_reached    INT,
    total_followers    INT,
    total_followers_on DATE,
    started_at         DATETIME(6)  NOT NULL,
    finished_at        DATETIME(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_activity_analytics_import_employee ON activity_analytics_import (employee_id, status, finished_at);

-- per post: null where the export does not state a figure (older exports give engagements, not comments)
CREATE TABLE analytics_post (
    employee_id  BIGINT       NOT NULL,
    post_key     VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    post_url     VARCHAR(2048),
    published_on DATE,
    impressions  INT,
    engagements  INT,
    comments     INT,
    reposts      INT,
    reactions    INT,
    import_id    BIGINT       NOT NULL,
    PRIMARY KEY (employee_id, post_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_analytics_post_published ON analytics_post (employee_id, published_on);

CREATE TABLE analytics_day (
    employee_id BIGINT NOT NULL,
    day         DATE   NOT NULL,
    impressions INT    NOT NULL,
    engagements INT    NOT NULL,
    PRIMARY KEY (employee_id, day)
);

CREATE TABLE analytics_follower_day (
    employee_id   BIGINT NOT NULL,
    day           DATE   NOT NULL,
    new_followers INT    NOT NULL,
    PRIMARY KEY (employee_id, day)
);

-- Reporting: per person, how many of their own posts in the index window started a conversation (from the activity
-- module's ConversationsCounted event; one upsert per event, no group recomputed). HR reads shares per group, joined
-- to reporting_employee for the person's current department, country and cohort, small groups suppressed.
CREATE TABLE reporting_conversation (
    employee_id        BIGINT      NOT NULL PRIMARY KEY,
    export_imported    BOOLEAN     NOT NULL,
    posts_with_figures INT         NOT NULL,
    posts_started      INT         NOT NULL,
    window_end         DATE        NOT NULL,
    updated_at         DATETIME(6) NOT NULL
);
