-- Batches of county events that looked wrong (too many final statuses at once, ballots jumping
-- over steps, events dated in the future): stored, but their messages wait until an operator
-- releases them, or are never sent if the operator discards them.
CREATE TABLE held_batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    county_id SMALLINT NOT NULL REFERENCES counties (id),
    -- The API client that posted it (NULL: the command line).
    client_id BIGINT REFERENCES api_clients (id),
    created_at TIMESTAMP NOT NULL,
    -- Why it was held, as words separated by spaces: final_share, skipped_steps, future_dates.
    reasons TEXT NOT NULL,
    -- Rows in the batch; those with a final status; those that jumped steps; those dated in the future.
    rows_posted INTEGER NOT NULL,
    final_rows INTEGER NOT NULL,
    skipped_rows INTEGER NOT NULL,
    future_rows INTEGER NOT NULL,
    -- The county's ballots when it came (what the share is of).
    county_ballots INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('held', 'released', 'discarded')),
    decided_by BIGINT REFERENCES staff_accounts (id),
    decided_at TIMESTAMP
);
CREATE INDEX held_batches_county ON held_batches (county_id, state);

-- held: waits for an operator (never claimed by a worker). A held message's pending_key is
-- 'held:BATCH:BALLOT:CHANNEL': it joins only later messages of its own batch, and names the batch. SQLite
-- cannot change a CHECK, so the table is rebuilt (ids kept).
PRAGMA defer_foreign_keys = ON;
CREATE TABLE notifications_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    voter_record_id BIGINT NOT NULL REFERENCES voter_records (id),
    ballot_id BIGINT NOT NULL REFERENCES ballots (id),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice')),
    notice TEXT NOT NULL,
    reason TEXT,
    expected_delivery DATE,
    status_rank SMALLINT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dead', 'dropped', 'held')),
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
CREATE INDEX notifications_held ON notifications (pending_key) WHERE state = 'held';
