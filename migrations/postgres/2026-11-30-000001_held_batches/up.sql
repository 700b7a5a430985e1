-- Batches of county events that looked wrong (too many final statuses at once, ballots jumping
-- over steps, events dated in the future): stored, but their messages wait until an operator
-- releases them, or are never sent if the operator discards them.
CREATE TABLE held_batches (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
-- 'held:BATCH:BALLOT:CHANNEL': it joins only later messages of its own batch, and names the batch.
ALTER TABLE notifications DROP CONSTRAINT notifications_state_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_state_check
    CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dead', 'dropped', 'held'));
CREATE INDEX notifications_held ON notifications (pending_key text_pattern_ops) WHERE state = 'held';
