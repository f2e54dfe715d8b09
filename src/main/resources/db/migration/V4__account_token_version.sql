-- Bumped when what an account's tokens say must change at once (its roles): access tokens carry
-- the version they were issued at, and one that is not current is refused. Exact, where a time
-- compared with a token's whole-second iat is not.
ALTER TABLE account ADD COLUMN token_version integer NOT NULL DEFAULT 0;
