-- Per-user isolation enforced by PostgreSQL itself, beneath the application's owner filters.
--
-- Requests acting for a user run their transaction as the role codelive_user (SET LOCAL ROLE) with
-- app.user_id set (SET LOCAL), so the policies below admit only that user's rows: a query that forgets its
-- owner filter still cannot read, change or delete anyone else's. Admin and system work (sign-in, workers,
-- admin pages) keeps the connecting account, which owns the tables and so is not subject to their policies.
--
-- The connecting account needs CREATEROLE once, for the role below (or an operator creates codelive_user
-- NOLOGIN beforehand and grants it to the account); README "Per-user isolation" explains.
DO $$
BEGIN
    CREATE ROLE codelive_user NOLOGIN;
EXCEPTION
    -- Roles are cluster-wide: another schema or replica may have created it first.
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- Lets an account that is not a superuser switch to the role (SET ROLE requires membership). Superusers are
-- members of every role already, and skipping the grant spares concurrent migrations a catalog race.
DO $$
BEGIN
    IF NOT pg_has_role(current_user, 'codelive_user', 'MEMBER') THEN
        GRANT codelive_user TO CURRENT_USER;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO codelive_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON api_tokens TO codelive_user;
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
CREATE POLICY api_tokens_owner ON api_tokens TO codelive_user
    USING (user_id = current_setting('app.user_id', true))
    WITH CHECK (user_id = current_setting('app.user_id', true));
