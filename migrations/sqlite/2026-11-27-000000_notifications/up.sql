-- Days before election day that voters whose ballot has not come back get a reminder (0: none).
ALTER TABLE counties ADD COLUMN reminder_days SMALLINT NOT NULL DEFAULT 4 CHECK (reminder_days BETWEEN 0 AND 30);

-- The transactional outbox: each message to a voter about a ballot, written in the same transaction
-- as the event that calls for it, and sent by a worker.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    voter_record_id BIGINT NOT NULL REFERENCES voter_records (id),
    ballot_id BIGINT NOT NULL REFERENCES ballots (id),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice')),
    -- What the message tells: a ballot status (mailed, expected_delivery, delivered, undeliverable,
    -- received, in_review, accepted, not_accepted) or reminder.
    notice TEXT NOT NULL,
    reason TEXT,
    expected_delivery DATE,
    -- The lifecycle rank of the status told; a lower one is never sent after a higher one.
    status_rank SMALLINT NOT NULL,
    -- pending: waiting to be sent; sending: a worker has it; sent; failed: the address cannot take
    -- messages; dead: gave up after retries; dropped: no longer worth sending (outcome says why).
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dead', 'dropped')),
    -- 'BALLOT:CHANNEL' while a status message waits to be sent, so a later event joins it (one
    -- message with the latest status); cleared when a worker takes it.
    pending_key TEXT UNIQUE,
    -- Not sent before: the start of the voter's contact hours, or the next retry.
    due_at TIMESTAMP NOT NULL,
    attempts SMALLINT NOT NULL DEFAULT 0,
    -- When a worker last took it (for a sent message: when it was sent); a message left
    -- 'sending' long after this is taken again.
    claimed_at TIMESTAMP,
    -- The provider's id for the message (delivery reports name it).
    provider_id TEXT,
    -- In a word: delivered, undelivered, rejected, stale, superseded, returned, turned_off, ...
    outcome TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX notifications_due ON notifications (due_at) WHERE state = 'pending';
CREATE INDEX notifications_claimed ON notifications (claimed_at) WHERE state = 'sending';
CREATE INDEX notifications_ballot ON notifications (ballot_id, channel, notice);
CREATE INDEX notifications_provider ON notifications (provider_id);

-- The days return reminders were looked for, per election and county: once a day at most.
CREATE TABLE reminder_runs (
    election_id BIGINT NOT NULL REFERENCES elections (id),
    county_id SMALLINT NOT NULL REFERENCES counties (id),
    run_on DATE NOT NULL,
    PRIMARY KEY (election_id, county_id, run_on)
);
