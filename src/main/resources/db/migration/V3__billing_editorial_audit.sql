-- Paid access from the payment provider's events, complimentary grants, the article revisions and
-- the changes feed for apps, and the audit log.

-- A reader is a subscriber while one of their entitlements covers now; nobody sets a tier by hand.
CREATE TABLE entitlement (
    id          uuid        PRIMARY KEY,
    account_id  uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind        varchar(16) NOT NULL CHECK (kind IN ('subscription', 'complimentary')),
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    source      text        NOT NULL,   -- the billing event that last set it, or the granting admin
    revoked_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entitlement_account_idx ON entitlement (account_id, ends_at);
-- The subscription is one row per account, recomputed from its events.
CREATE UNIQUE INDEX entitlement_one_subscription_idx ON entitlement (account_id) WHERE kind = 'subscription';

-- Every event the provider sent, once: a replayed id changes nothing.
CREATE TABLE billing_event (
    id          text        PRIMARY KEY,
    type        varchar(40) NOT NULL,
    email       text        NOT NULL,
    period_end  timestamptz,
    occurred_at timestamptz NOT NULL,  -- the event's own time: events apply in this order
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX billing_event_email_idx ON billing_event (email, occurred_at, id);

-- Immutable history of every article change: who, when, what changed, and the content then.
CREATE TABLE article_revision (
    code        varchar(8) COLLATE "C" NOT NULL,
    revision    integer     NOT NULL,
    edited_at   timestamptz NOT NULL DEFAULT now(),
    editor_id   uuid,                  -- null for the content bundle
    editor      text        NOT NULL,  -- who, as shown to editors (an email, or "content bundle")
    changes     jsonb       NOT NULL,
    content     jsonb       NOT NULL,
    PRIMARY KEY (code, revision)
);

-- What changed for readers, in commit order (writers take a lock), for apps keeping a copy.
CREATE TABLE content_change (
    seq        bigserial   PRIMARY KEY,
    code       varchar(8) COLLATE "C" NOT NULL,
    kind       varchar(16) NOT NULL CHECK (kind IN ('updated', 'removed')),
    changed_at timestamptz NOT NULL DEFAULT now()
);

-- Security-relevant events. Never a password or a token.
CREATE TABLE audit_event (
    id        bigserial   PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    action    varchar(48) NOT NULL,
    actor_id  uuid,
    subject   text,
    details   jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_action_idx ON audit_event (action, at);
