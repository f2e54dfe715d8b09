-- The next signing key is generated and published before it signs, so that verifiers holding a
-- cached JWKS already know it when the first token signed with it reaches them.
ALTER TABLE signing_key ADD COLUMN active_from timestamptz;
UPDATE signing_key SET active_from = created_at;
ALTER TABLE signing_key ALTER COLUMN active_from SET NOT NULL;
