-- Tracks and credits belong to their user (see V8): a user's transaction sees and changes only their own rows.
-- The job worker, the sweeper and admins use the connecting account, which owns the tables and is not bound by the
-- policies.
GRANT SELECT, INSERT, UPDATE, DELETE ON tracks TO codelive_user;
ALTER TABLE tracks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tracks_owner ON tracks TO codelive_user
    USING (owner_id = current_setting('app.user_id', true))
    WITH CHECK (owner_id = current_setting('app.user_id', true));

GRANT SELECT, INSERT, UPDATE ON credit_accounts TO codelive_user;
ALTER TABLE credit_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY credit_accounts_owner ON credit_accounts TO codelive_user
    USING (owner_id = current_setting('app.user_id', true))
    WITH CHECK (owner_id = current_setting('app.user_id', true));

-- Entries are append-only for users: no UPDATE or DELETE.
GRANT SELECT, INSERT ON credit_entries TO codelive_user;
ALTER TABLE credit_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY credit_entries_owner ON credit_entries TO codelive_user
    USING (owner_id = current_setting('app.user_id', true))
    WITH CHECK (owner_id = current_setting('app.user_id', true));
