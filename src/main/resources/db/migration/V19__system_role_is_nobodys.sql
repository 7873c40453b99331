-- SYSTEM is Podium's own role (workflow steps, listeners, scheduled jobs); no person may hold it, whatever path
-- writes an account's roles (HR's form, the HRIS import, single sign-on groups, demo data, SQL typed by hand).
ALTER TABLE user_account_role ADD CONSTRAINT ck_user_account_role_not_system CHECK (role <> 'SYSTEM');
