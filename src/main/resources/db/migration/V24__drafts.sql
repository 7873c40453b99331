-- Issue 18: the draft workspace. Drafts are their owner's: HR and line managers never read them, a coach only while
-- a coaching programme links them and the draft is shared. Nothing here is ever posted anywhere by Podium.
CREATE SEQUENCE draft_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE draft_version_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE draft_share_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE draft_comment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE draft_watch_word_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE draft (
    id             BIGINT       NOT NULL PRIMARY KEY,
    owner_id       BIGINT       NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    title          VARCHAR(120) NOT NULL,
    body           TEXT         NOT NULL,
    version_number INT          NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    -- the practice task this draft was handed in for (learning keeps the submission itself)
    practice_course_id VARCHAR(80),
    practice_task_id   VARCHAR(120),
    practice_task_title VARCHAR(300),
    practice_version   INT,
    practice_at        DATETIME(6),
    version        BIGINT       NOT NULL,
    CONSTRAINT ck_draft_kind CHECK (kind IN ('HEADLINE', 'ABOUT', 'POST', 'COMMENT'))
);
CREATE INDEX ix_draft_owner ON draft (owner_id, updated_at);

-- Every save that changed the text; kept, so comments stay readable against the text they were made on.
CREATE TABLE draft_version (
    id        BIGINT      NOT NULL PRIMARY KEY,
    draft_id  BIGINT      NOT NULL,
    number    INT         NOT NULL,
    body      TEXT        NOT NULL,
    saved_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_draft_version UNIQUE (draft_id, number),
    CONSTRAINT fk_draft_version_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE
);

-- A draft shared with the coach of the owner's open programme: one thread, open or closed (by whom).
CREATE TABLE draft_share (
    id           BIGINT      NOT NULL PRIMARY KEY,
    draft_id     BIGINT      NOT NULL,
    coach_id     BIGINT      NOT NULL,
    coach_name   VARCHAR(200) NOT NULL,
    programme_id BIGINT      NOT NULL,
    state        VARCHAR(8)  NOT NULL,
    shared_at    DATETIME(6) NOT NULL,
    closed_at    DATETIME(6),
    closed_by    BIGINT,
    version      BIGINT      NOT NULL,
    CONSTRAINT ck_draft_share_state CHECK (state IN ('OPEN', 'CLOSED')),
    CONSTRAINT fk_draft_share_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE
);
CREATE INDEX ix_draft_share_coach ON draft_share (coach_id, state);
CREATE INDEX ix_draft_share_draft ON draft_share (draft_id, state);

-- A comment on a passage of one version: offsets into that version's text and the passage quoted, so it still
-- reads after the text changed.
CREATE TABLE draft_comment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    share_id       BIGINT        NOT NULL,
    author_id      BIGINT        NOT NULL,
    version_number INT           NOT NULL,
    start_offset   INT           NOT NULL,
    end_offset     INT           NOT NULL,
    quoted         VARCHAR(3000) NOT NULL,
    body           VARCHAR(2000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_draft_comment_share FOREIGN KEY (share_id) REFERENCES draft_share (id) ON DELETE CASCADE
);
CREATE INDEX ix_draft_comment_share ON draft_comment (share_id, created_at);

-- HR's word lists for the draft check: CONFIDENTIAL words a draft should not carry (project names, unreleased
-- products; never shown as a list to employees) and PRODUCT names whose mention asks for disclosure.
CREATE TABLE draft_watch_word (
    id        BIGINT       NOT NULL PRIMARY KEY,
    list_kind VARCHAR(12)  NOT NULL,
    word      VARCHAR(100) NOT NULL,
    added_by  BIGINT       NOT NULL,
    added_at  DATETIME(6)  NOT NULL,
    CONSTRAINT ck_draft_watch_word_kind CHECK (list_kind IN ('CONFIDENTIAL', 'PRODUCT')),
    CONSTRAINT uk_draft_watch_word UNIQUE (list_kind, word)
);
