-- Held messages are never sent: they are dropped, then the table is rebuilt without holds.
UPDATE notifications SET state = 'dropped', outcome = 'discarded' WHERE state = 'held';
UPDATE notifications SET pending_key = NULL WHERE pending_key LIKE 'held:%';
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
DROP TABLE held_batches;
