-- API tokens a user creates for scripts carry a label so that they can tell them apart when revoking one.
ALTER TABLE api_tokens ADD COLUMN label VARCHAR(100);
