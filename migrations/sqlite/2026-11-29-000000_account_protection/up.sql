-- Account protection: sessions kept by the server (so they can be ended), one-time codes bound to
-- the session that asked for them, changes the voter is told about with an undo link, message
-- budgets that hold across processes, and ids that are never used twice.

-- Rebuilding a table that others reference: the references are checked when the migration commits.
PRAGMA defer_foreign_keys = ON;

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

-- The old one-time codes go first: their table references the one rebuilt below.
DROP TABLE verification_codes;

-- The ways to reach a voter, rebuilt so ids are never reused (AUTOINCREMENT): links name them.
CREATE TABLE contact_methods_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    voter_record_id BIGINT NOT NULL REFERENCES voter_records (id),
    kind TEXT NOT NULL CHECK (kind IN ('email', 'sms', 'voice')),
    -- An email address, or a phone number in E.164 form.
    address TEXT NOT NULL,
    -- pending: waiting for the voter to confirm; on; off: turned off or unsubscribed; failed: undeliverable.
    state TEXT NOT NULL CHECK (state IN ('pending', 'on', 'off', 'failed')),
    -- SHA-256 of the emailed confirmation token, or the HMAC of the code a confirmation call read
    -- out (neither is stored itself).
    confirmation_hash TEXT UNIQUE,
    confirmation_expires_at TIMESTAMP,
    confirmation_sent_at TIMESTAMP,
    -- Tries left at the code a confirmation call read out.
    confirmation_tries_left SMALLINT,
    confirmed_at TIMESTAMP,
    -- Why the method failed or is off, in a word (e.g. bounced, invalid_number, stopped).
    failure TEXT,
    -- Random, new with every address: unsubscribe links carry it, so a link stops working once
    -- the address changes. NULL for addresses set before links carried it.
    link_nonce TEXT,
    -- The session that set the current address: it may change or remove it again without a code.
    added_by_session TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (voter_record_id, kind)
);
INSERT INTO contact_methods_new (id, voter_record_id, kind, address, state, confirmation_hash,
        confirmation_expires_at, confirmation_sent_at, confirmed_at, failure, created_at, updated_at)
    SELECT id, voter_record_id, kind, address, state, confirmation_hash, confirmation_expires_at,
        confirmation_sent_at, confirmed_at, failure, created_at, updated_at
    FROM contact_methods;
DROP TABLE contact_methods;
ALTER TABLE contact_methods_new RENAME TO contact_methods;
CREATE INDEX contact_methods_address ON contact_methods (address, kind);


-- One-time codes, now one per session: a code works only in the session that asked for it, so
-- nobody else can spend its tries.
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

-- Account messages, rebuilt for ids never reused and the notice of any change.
CREATE TABLE account_messages_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    voter_record_id BIGINT REFERENCES voter_records (id),
    kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'code', 'method_added', 'keyword_reply', 'account_changed')),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice')),
    priority SMALLINT NOT NULL,
    contact_method_id BIGINT,
    sealed TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dead', 'dropped')),
    due_at TIMESTAMP NOT NULL,
    attempts SMALLINT NOT NULL DEFAULT 0,
    claimed_at TIMESTAMP,
    provider_id TEXT,
    outcome TEXT,
    expires_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL
);
INSERT INTO account_messages_new SELECT id, voter_record_id, kind, channel, priority, contact_method_id,
        sealed, state, due_at, attempts, claimed_at, provider_id, outcome, expires_at, created_at
    FROM account_messages;
DROP TABLE account_messages;
ALTER TABLE account_messages_new RENAME TO account_messages;
CREATE INDEX account_messages_due ON account_messages (priority, due_at) WHERE state = 'pending';
CREATE INDEX account_messages_claimed ON account_messages (claimed_at) WHERE state = 'sending';

-- Ballot notifications, rebuilt for ids never reused (delivery reports name them).
CREATE TABLE notifications_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    voter_record_id BIGINT NOT NULL REFERENCES voter_records (id),
    ballot_id BIGINT NOT NULL REFERENCES ballots (id),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice')),
    notice TEXT NOT NULL,
    reason TEXT,
    expected_delivery DATE,
    status_rank SMALLINT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dead', 'dropped')),
    pending_key TEXT UNIQUE,
    due_at TIMESTAMP NOT NULL,
    attempts SMALLINT NOT NULL DEFAULT 0,
    claimed_at TIMESTAMP,
    provider_id TEXT,
    outcome TEXT,
    created_at TIMESTAMP NOT NULL
);
INSERT INTO notifications_new SELECT id, voter_record_id, ballot_id, channel, notice, reason, expected_delivery,
        status_rank, state, pending_key, due_at, attempts, claimed_at, provider_id, outcome, created_at
    FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_due ON notifications (due_at) WHERE state = 'pending';
CREATE INDEX notifications_claimed ON notifications (claimed_at) WHERE state = 'sending';
CREATE INDEX notifications_ballot ON notifications (ballot_id, channel, notice);
CREATE INDEX notifications_provider ON notifications (provider_id);

-- Every change to how a voter is reached, told to the methods they had confirmed before it, each
-- with a link that undoes it (no sign-in needed: the link is the proof).
-- One row per method told: each has its own undo link; undoing any undoes the change for all.
CREATE TABLE account_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    voter_record_id BIGINT NOT NULL REFERENCES voter_records (id),
    -- method_added, method_changed, method_removed, preferences_changed
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
