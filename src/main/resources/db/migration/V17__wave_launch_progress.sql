-- Issue 19/17: a wave's launch runs page by page off the UI thread and can be resumed. launched_through is the last
-- member (by employee id) whose page is done, committed with that page's enrolments; launch_finished_at is set
-- when every page is done; launch_touched_at tells another node that the launch is being worked on.
ALTER TABLE wave
    ADD COLUMN launched_through   BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN launch_touched_at  DATETIME(6) NULL,
    ADD COLUMN launch_finished_at DATETIME(6) NULL;

-- waves launched before were carried out by the former event listeners
UPDATE wave SET launch_finished_at = launched_at, launch_touched_at = launched_at WHERE state = 'LAUNCHED';

CREATE INDEX ix_wave_unfinished_launch ON wave (state, launch_finished_at);

-- a wave's page of members (a thousand ids) and a course assigned to them travel as one event each; their JSON is
-- longer than the 4,000 characters the registry's column held
ALTER TABLE EVENT_PUBLICATION MODIFY SERIALIZED_EVENT MEDIUMTEXT NOT NULL;
