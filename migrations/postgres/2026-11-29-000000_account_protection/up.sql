-- Account protection: sessions kept by the server (so they can be ended), one-time codes bound to
-- the session that asked for them, changes the voter is told about with an undo link, and message
-- budgets that hold across processes. (Identity ids are never reused on PostgreSQL.)

-- Every voter session. The token names its id (`sid`); a session ended here is refused at once.
CREATE TABLE voter_sessions (
    -- 32 random bytes, base64url.
    id TEXT PRIMARY KEY,
    voter_record_id BIGINT NOT NULL REFERENCES voter_records (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    -- When the voter entered a one-time code sent to a method they trusted before this session,
    -- and since when that method was confirmed (changes the session makes can be undone only by
    -- the links sent to methods confirmed as long or longer).
    verified_at TIMESTAMP,
    verified_trust_since TIMESTAMP,
    -- Signed out, "sign out everywhere", or an undo link was used.
    ended_at TIMESTAMP
);
CREATE INDEX voter_sessions_voter ON voter_sessions (voter_record_id);
CREATE INDEX voter_sessions_expires ON voter_sessions (expires_at);

-- Tries left at the code a confirmation call read out (its HMAC is the confirmation_hash).
ALTER TABLE contact_methods ADD COLUMN confirmation_tries_left SMALLINT;
-- Random, new with every address: unsubscribe links carry it, so a link stops working once the
-- address changes. NULL for addresses set before links carried it.
ALTER TABLE contact_methods ADD COLUMN link_nonce TEXT;
-- The session that set the current address: it may change or remove it again without a code.
ALTER TABLE contact_methods ADD COLUMN added_by_session TEXT;

-- One-time codes, now one per session: a code works only in the session that asked for it, so
-- nobody else can spend its tries.
DROP TABLE verification_codes;
CREATE TABLE verification_codes (
    session_id TEXT PRIMARY KEY REFERENCES voter_sessions (id),
    voter_record_id BIGINT NOT NULL REFERENCES voter_records (id),
    -- HMAC-SHA-256 of the code under the server's secret.
    code_hash TEXT NOT NULL,
    contact_method_id BIGINT NOT NULL REFERENCES contact_methods (id),
    attempts_left SMALLINT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX verification_codes_voter ON verification_codes (voter_record_id);
CREATE INDEX verification_codes_method ON verification_codes (contact_method_id);

ALTER TABLE account_messages DROP CONSTRAINT account_messages_kind_check;
ALTER TABLE account_messages ADD CONSTRAINT account_messages_kind_check
    CHECK (kind IN ('confirmation', 'code', 'method_added', 'keyword_reply', 'account_changed'));

-- Every change to how a voter is reached, told to the methods they had confirmed before it, each
-- with a link that undoes it (no sign-in needed: the link is the proof).
-- One row per method told: each has its own undo link; undoing any undoes the change for all.
CREATE TABLE account_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    voter_record_id BIGINT NOT NULL REFERENCES voter_records (id),
    kind TEXT NOT NULL CHECK (kind IN ('method_added', 'method_changed', 'method_removed', 'preferences_changed')),
    -- What undoing restores, as JSON: the method as it was, or the preferences the change touched.
    previous TEXT NOT NULL,
    -- The method the change added or changed, with the link nonce of the address it set: undoing
    -- touches it only while it still has that address.
    contact_method_id BIGINT,
    method_nonce TEXT,
    -- The same for every row of one change.
    change_group TEXT NOT NULL,
    -- The session that made the change, and since when the method that verified it was confirmed
    -- (none: the session was not verified). A link sent to a method confirmed later than that
    -- cannot undo the change: the older trust wins.
    session_id TEXT,
    actor_trusted_since TIMESTAMP,
    -- Since when the method this row's link was sent to was confirmed.
    recipient_confirmed_at TIMESTAMP,
    -- SHA-256 of the undo link's token.
    undo_hash TEXT NOT NULL UNIQUE,
    undo_expires_at TIMESTAMP NOT NULL,
    undone_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX account_changes_voter ON account_changes (voter_record_id);
CREATE INDEX account_changes_group ON account_changes (change_group);

-- Confirmations, codes and keyword replies sent per hour, per voter and per address (the address
-- folded: case, +tags), so no process or restart multiplies the budget. The key is an HMAC.
CREATE TABLE message_budgets (
    budget_key TEXT NOT NULL,
    hour_start TIMESTAMP NOT NULL,
    used INTEGER NOT NULL,
    PRIMARY KEY (budget_key, hour_start)
);
CREATE INDEX message_budgets_hour ON message_budgets (hour_start);

-- Voice numbers were turned on without any confirmation before: none may be called with ballot
-- news, nor verify a session, until its owner types the code a call reads out.
UPDATE contact_methods SET state = 'pending', confirmed_at = NULL, confirmation_sent_at = NULL
    WHERE kind = 'voice' AND state = 'on';
