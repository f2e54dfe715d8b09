-- Readers' accounts, their sign-ins with rotating refresh tokens, the token signing keys, and the
-- log-in throttle. Every instance shares this state, so limits and revocations hold across them.

CREATE TABLE account (
    id            uuid        PRIMARY KEY,
    -- Stored normalised (trimmed, lower case): the unique constraint makes concurrent sign-ups
    -- with one address, in any case, end in exactly one account.
    email         text        NOT NULL,
    display_name  text,
    password_hash text        NOT NULL,
    tier          varchar(16) NOT NULL DEFAULT 'member' CHECK (tier IN ('member', 'subscriber')),
    roles         text[]      NOT NULL DEFAULT '{}',
    status        varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    -- Access tokens issued (iat, whole seconds) before this are refused.
    not_before    timestamptz NOT NULL DEFAULT date_trunc('second', now()),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT account_email_key UNIQUE (email),
    CONSTRAINT account_email_normalised CHECK (email = lower(btrim(email)))
);

-- One sign-in (a log-in on one device): its refresh tokens rotate, its access tokens carry its id.
CREATE TABLE sign_in (
    id             uuid        PRIMARY KEY,
    account_id     uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at     timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL,   -- absolute lifetime: no refresh extends it
    revoked_at     timestamptz,
    revoked_reason varchar(32)
);
CREATE INDEX sign_in_account_idx ON sign_in (account_id);

-- Refresh tokens are stored only as SHA-256 hashes of their 256 random bits.
CREATE TABLE refresh_token (
    token_hash  varchar(64) PRIMARY KEY,
    sign_in_id  uuid        NOT NULL REFERENCES sign_in (id) ON DELETE CASCADE,
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    rotated_at  timestamptz              -- set when used: presenting it again is reuse
);
CREATE INDEX refresh_token_sign_in_idx ON refresh_token (sign_in_id);

-- RS256 signing keys, generated at first start and shared by every instance on this database.
CREATE TABLE signing_key (
    kid          varchar(64) PRIMARY KEY,
    private_key  text        NOT NULL,    -- PKCS#8, base64
    public_key   text        NOT NULL,    -- X.509 SubjectPublicKeyInfo, base64
    created_at   timestamptz NOT NULL DEFAULT now(),
    sign_until   timestamptz NOT NULL,    -- then a newer key signs
    verify_until timestamptz NOT NULL     -- sign_until + the longest access-token lifetime
);

-- Consecutive failed log-ins per email address, whether or not an account has it, so that the
-- throttle itself never tells whether an account exists.
CREATE TABLE login_throttle (
    email_hash   varchar(64) PRIMARY KEY,
    failures     integer     NOT NULL,
    locked_until timestamptz,
    updated_at   timestamptz NOT NULL DEFAULT now()
);
