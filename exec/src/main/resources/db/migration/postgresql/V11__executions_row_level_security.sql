-- Executions belong to their user (see V8): a user's transaction sees and changes only their own runs. Anonymous
-- runs (user_id NULL) match no user. Recording runs and admins' listings use the connecting account, which owns
-- the table and is not bound by the policy.
GRANT SELECT, INSERT, UPDATE, DELETE ON executions TO codelive_user;
ALTER TABLE executions ENABLE ROW LEVEL SECURITY;
CREATE POLICY executions_owner ON executions TO codelive_user
    USING (user_id = current_setting('app.user_id', true))
    WITH CHECK (user_id = current_setting('app.user_id', true));
