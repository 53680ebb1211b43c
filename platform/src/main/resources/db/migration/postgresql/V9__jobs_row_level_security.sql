-- Jobs belong to their owner (see V8): a user's transaction sees and changes only their own jobs. System jobs
-- (owner_id NULL) match no user. Workers, the lease reaper and admins use the connecting account, which owns
-- the table and is not bound by the policy.
GRANT SELECT, INSERT, UPDATE, DELETE ON jobs TO codelive_user;
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY jobs_owner ON jobs TO codelive_user
    USING (owner_id = current_setting('app.user_id', true))
    WITH CHECK (owner_id = current_setting('app.user_id', true));
