-- Browser sessions are tokens too, carried in a cookie; unlike API tokens they expire.
ALTER TABLE api_tokens ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'bearer';
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
