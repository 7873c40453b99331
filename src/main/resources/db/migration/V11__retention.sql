-- A leaver's personal data is erased once podium.people.retention-after-leaving has passed since they left; the
-- employee row stays (other tables refer to it) with its name and address replaced, and says when that happened.
ALTER TABLE employee ADD COLUMN personal_data_erased_at DATETIME(6);
CREATE INDEX ix_employee_leavers ON employee (active, personal_data_erased_at, deactivated_at);
